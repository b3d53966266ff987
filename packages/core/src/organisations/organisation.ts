import { z } from 'zod';

export const sectors = [
  'agriculture',
  'construction',
  'manufacturing',
  'food_service',
  'hospitality_tourism',
  'retail',
  'transport_logistics',
  'cleaning_domestic',
  'care_health',
  'education',
  'beauty',
  'repair_maintenance',
  'technology_call_centre',
  'public_sector',
  'non_profit',
  'other',
] as const;

export const verificationStates = ['unverified', 'verified', 'rejected'] as const;

export type Sector = (typeof sectors)[number];
export type VerificationState = (typeof verificationStates)[number];

const text = (max: number) => z.string().trim().max(max);

/**
 * An employer's organisation as its people register it. The tax id's format depends on
 * the municipality's country, so it is checked where the country is known (`taxIdProblem`).
 */
export const organisationInputSchema = z
  .object({
    name: text(120).min(2),
    sector: z.enum(sectors),
    municipalityId: z.number().int().positive(),
    taxId: text(40).min(4),
    description: text(1000).default(''),
    contactEmail: z.email().max(254).nullable().default(null),
    /** E.164, as every phone number in Solidaria. */
    contactPhone: z.string().regex(/^\+[1-9]\d{6,14}$/).nullable().default(null),
    website: z.url({ protocol: /^https?$/ }).max(200).nullable().default(null),
  })
  .refine((o) => o.contactEmail !== null || o.contactPhone !== null, {
    message: 'Give an e-mail or a phone number',
    path: ['contactEmail'],
  })
  .meta({ id: 'OrganisationInput' });

export type OrganisationInput = z.infer<typeof organisationInputSchema>;
