import { z } from 'zod';
import { languageLevels, shifts, skillLevels, weekDays, workAuthorizations } from '../profiles/profile';
import type { CurrencyCode } from '../municipalities/municipality';
import type { Finding, FlagCode } from '../screening/types';

export const contractTypes = ['indefinite', 'fixed_term', 'seasonal', 'per_task', 'internship'] as const;
export const workingTimes = ['full_time', 'part_time'] as const;
export const salaryPeriods = ['hour', 'day', 'week', 'month'] as const;
export const offerStatuses = ['draft', 'pending_review', 'published', 'closed', 'rejected'] as const;
/** Why someone reports an offer: the signs of fraud and trafficking people can name. */
export const reportReasons = ['fee', 'documents', 'trafficking', 'fake', 'discrimination', 'other'] as const;
export const closeReasons = ['by_employer', 'closing_date', 'filled', 'by_office'] as const;

export type ContractType = (typeof contractTypes)[number];
export type SalaryPeriod = (typeof salaryPeriods)[number];
export type OfferStatus = (typeof offerStatuses)[number];
export type CloseReason = (typeof closeReasons)[number];
export type ReportReason = (typeof reportReasons)[number];

const text = (max: number) => z.string().trim().max(max);
/** Money in the currency's minor unit (céntimos, centavos): an integer, never a float. */
const minorUnits = z.number().int().min(0).max(1_000_000_000_00);

export const offerSalarySchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('range'),
      minMinor: minorUnits,
      maxMinor: minorUnits,
      period: z.enum(salaryPeriods),
    })
    .refine((s) => s.maxMinor >= s.minMinor, { message: 'The highest pay must not be below the lowest', path: ['maxMinor'] }),
  z.object({ kind: z.literal('to_agree') }),
]);

export type OfferSalary = z.infer<typeof offerSalarySchema>;

/**
 * A job offer as an employer writes it; one schema for the API, the web form and the
 * screening rules. The currency is not asked: it is the municipality's.
 */
export const offerInputSchema = z
  .object({
    title: text(120).min(3),
    description: text(5000).min(30),
    occupationId: z.number().int().positive().nullable().default(null),
    skills: z
      .array(z.object({ skillId: z.number().int().positive(), level: z.enum(skillLevels), required: z.boolean() }))
      .max(30)
      .default([]),
    municipalityId: z.number().int().positive(),
    remote: z.boolean().default(false),
    /** Work outside the municipality's country: allowed only after an officer's approval. */
    workAbroad: z.boolean().default(false),
    contractType: z.enum(contractTypes),
    workingTime: z.enum(workingTimes),
    days: z.array(z.enum(weekDays)).max(7).default([]),
    shifts: z.array(z.enum(shifts)).max(3).default([]),
    salary: offerSalarySchema,
    vacancies: z.number().int().min(1).max(500),
    acceptedAuthorizations: z.array(z.enum(workAuthorizations)).min(1).max(workAuthorizations.length),
    suitableForAdolescents: z.boolean().default(false),
    languages: z.array(z.object({ code: z.string().regex(/^[a-z]{2,3}$/), level: z.enum(languageLevels) })).max(5).default([]),
    /** How to apply besides applying in Solidaria (optional; screened like the rest). */
    howToApply: text(500).default(''),
    closesOn: z.iso.date(),
  })
  .meta({ id: 'OfferInput' });

export type OfferInput = z.infer<typeof offerInputSchema>;

/** A stored offer: what the employer wrote, whose it is, and where it stands. */
export interface Offer extends OfferInput {
  id: number;
  organisationId: number;
  currency: CurrencyCode;
  status: OfferStatus;
  closeReason: CloseReason | null;
  rejectionReason: string | null;
  /** The review flags its last submission raised. */
  flags: Finding<FlagCode>[];
  hiddenByReports: boolean;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
}

/** Where an application stands; the last three are final. */
export const applicationStates = ['applied', 'shortlisted', 'interview', 'offered', 'hired', 'rejected', 'withdrawn'] as const;
export type ApplicationState = (typeof applicationStates)[number];
/**
 * Where a contact request stands. "closed" is neither party's answer: the person stopped
 * taking contact requests while it was pending, so it can no longer be answered; the
 * organisation may ask again if the person agrees again.
 */
export const contactRequestStates = ['pending', 'accepted', 'declined', 'withdrawn', 'closed'] as const;
export type ContactRequestState = (typeof contactRequestStates)[number];
