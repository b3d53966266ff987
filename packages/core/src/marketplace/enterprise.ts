import { z } from 'zod';

export const enterpriseCategories = ['food', 'crafts', 'clothing', 'beauty', 'repairs', 'farm_produce', 'services', 'other'] as const;
export const paymentMethods = ['cash', 'sinpe_movil', 'bank_transfer', 'card'] as const;
export type EnterpriseCategory = (typeof enterpriseCategories)[number];
export type PaymentMethod = (typeof paymentMethods)[number];

const text = (max: number) => z.string().trim().max(max);
const phone = z.string().regex(/^\+[1-9]\d{6,14}$/);

const photoIds = z.array(z.string().regex(/^[0-9a-f]{32}$/)).max(6);

// Each field once, without defaults, so the edit schemas below can leave any field out.
const enterpriseFields = {
  name: text(80).min(2),
  category: z.enum(enterpriseCategories),
  description: text(2000),
  whatsapp: phone.nullable(),
  phone: phone.nullable(),
  email: z.email().max(254).nullable(),
  pickupPoint: text(300),
  paymentMethods: z.array(z.enum(paymentMethods)).min(1).max(paymentMethods.length),
  /** SINPE Móvil number or bank account the buyer pays to, with the reference to give. */
  paymentInstructions: text(300),
};

/** An enterprise can be reached by WhatsApp, phone or e-mail: at least one of them. */
export const isReachable = (e: { whatsapp: string | null; phone: string | null; email: string | null }): boolean => e.whatsapp !== null || e.phone !== null || e.email !== null;

/**
 * A small enterprise as its vendor describes it. The pickup point is a description of a
 * public place (a market stall, a shop); never a home address unless the vendor wants it.
 */
export const enterpriseInputSchema = z
  .object({
    ...enterpriseFields,
    description: enterpriseFields.description.default(''),
    municipalityId: z.number().int().positive(),
    whatsapp: enterpriseFields.whatsapp.default(null),
    phone: enterpriseFields.phone.default(null),
    email: enterpriseFields.email.default(null),
    pickupPoint: enterpriseFields.pickupPoint.default(''),
    paymentInstructions: enterpriseFields.paymentInstructions.default(''),
  })
  .refine(isReachable, { message: 'Give a way to reach the enterprise', path: ['whatsapp'] })
  .meta({ id: 'EnterpriseInput' });

/** What its vendors may change of an enterprise (not its municipality): only the fields sent change. */
export const enterpriseEditSchema = z.object({ ...enterpriseFields, photoIds }).partial().strict().meta({ id: 'EnterpriseEdit' });
export type EnterpriseEdit = z.infer<typeof enterpriseEditSchema>;

export type EnterpriseInput = z.infer<typeof enterpriseInputSchema>;

/** Money in the currency's minor unit: an integer, never a float. */
const minorUnits = z.number().int().min(0).max(100_000_000_00);

const productFields = {
  name: text(80).min(2),
  description: text(1000),
  category: z.enum(enterpriseCategories),
  priceMinor: minorUnits,
  /** Null: made to order, no stock kept. */
  stock: z.number().int().min(0).max(100_000).nullable(),
  /** Switched off: out of search and not for sale, kept for the vendor to switch on again. */
  active: z.boolean(),
  photoIds,
};

export const productInputSchema = z
  .object({ ...productFields, description: productFields.description.default(''), active: productFields.active.default(true), photoIds: productFields.photoIds.default([]) })
  .meta({ id: 'ProductInput' });

/** A product's edit: only the fields sent change. */
export const productEditSchema = z.object(productFields).partial().strict().meta({ id: 'ProductEdit' });
export type ProductEdit = z.infer<typeof productEditSchema>;

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
