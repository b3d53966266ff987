import { z } from 'zod';

export const enterpriseCategories = ['food', 'crafts', 'clothing', 'beauty', 'repairs', 'farm_produce', 'services', 'other'] as const;
export const paymentMethods = ['cash', 'sinpe_movil', 'bank_transfer', 'card'] as const;
export type EnterpriseCategory = (typeof enterpriseCategories)[number];
export type PaymentMethod = (typeof paymentMethods)[number];

const text = (max: number) => z.string().trim().max(max);
const phone = z.string().regex(/^\+[1-9]\d{6,14}$/);

/**
 * A small enterprise as its vendor describes it. The pickup point is a description of a
 * public place (a market stall, a shop); never a home address unless the vendor wants it.
 */
export const enterpriseInputSchema = z
  .object({
    name: text(80).min(2),
    category: z.enum(enterpriseCategories),
    description: text(2000).default(''),
    municipalityId: z.number().int().positive(),
    whatsapp: phone.nullable().default(null),
    phone: phone.nullable().default(null),
    email: z.email().max(254).nullable().default(null),
    pickupPoint: text(300).default(''),
    paymentMethods: z.array(z.enum(paymentMethods)).min(1).max(paymentMethods.length),
    /** SINPE Móvil number or bank account the buyer pays to, with the reference to give. */
    paymentInstructions: text(300).default(''),
  })
  .refine((e) => e.whatsapp !== null || e.phone !== null || e.email !== null, { message: 'Give a way to reach the enterprise', path: ['whatsapp'] })
  .meta({ id: 'EnterpriseInput' });

export type EnterpriseInput = z.infer<typeof enterpriseInputSchema>;

/** Money in the currency's minor unit: an integer, never a float. */
const minorUnits = z.number().int().min(0).max(100_000_000_00);

export const productInputSchema = z
  .object({
    name: text(80).min(2),
    description: text(1000).default(''),
    category: z.enum(enterpriseCategories),
    priceMinor: minorUnits,
    /** Null: made to order, no stock kept. */
    stock: z.number().int().min(0).max(100_000).nullable(),
    active: z.boolean().default(true),
    photoIds: z.array(z.string().regex(/^[0-9a-f]{32}$/)).max(6).default([]),
  })
  .meta({ id: 'ProductInput' });

export type ProductInput = z.infer<typeof productInputSchema>;

/** A slug for an enterprise's public address, from its name ("Panadería Doña Rosa" → "panaderia-dona-rosa"). */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'emprendimiento'
  );
}
