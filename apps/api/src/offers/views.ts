import { z } from '@hono/zod-openapi';
import { dateTimeFormat, type Offer } from '@solidaria/core';
import { findMunicipality, type Database, type OrganisationRow } from '@solidaria/db';
import { entriesByIds } from '../taxonomy/by-id';

type Lang = 'es' | 'en';

const labelled = z.object({ id: z.number(), label: z.string() });

export const offerViewSchema = z
  .object({
    id: z.number(),
    title: z.string(),
    description: z.string(),
    occupation: labelled.extend({ iscoCode: z.string().optional() }).nullable(),
    skills: z.array(labelled.extend({ level: z.string(), required: z.boolean() })),
    municipality: z.object({ id: z.number(), name: z.string(), country: z.string(), timeZone: z.string() }),
    organisation: z.object({
      id: z.number(), name: z.string(), sector: z.string(), website: z.string().nullable(), contactEmail: z.string().nullable(), contactPhone: z.string().nullable(),
      verification: z.string(), verifiedAt: z.string().nullable(), municipalityName: z.string().openapi({ description: 'Whose office verifies the organisation' }),
    }),
    remote: z.boolean(),
    workAbroad: z.boolean(),
    contractType: z.string(),
    workingTime: z.string(),
    days: z.array(z.string()),
    shifts: z.array(z.string()),
    salary: z.any().openapi({ description: '{ kind: "range", minMinor, maxMinor, period } in minor units of `currency`, or { kind: "to_agree" }' }),
    currency: z.string(),
    vacancies: z.number(),
    acceptedAuthorizations: z.array(z.string()),
    suitableForAdolescents: z.boolean(),
    languages: z.array(z.object({ code: z.string(), level: z.string() })),
    howToApply: z.string(),
    closesOn: z.string(),
    publishedAt: z.string().nullable(),
    status: z.string(),
  })
  .openapi('Offer');

export type OfferView = z.infer<typeof offerViewSchema>;

/** An offer with its taxonomy labels in the language asked, its place and its organisation's standing. */
export async function offerView(db: Database, offer: Offer, organisation: OrganisationRow, lang: Lang): Promise<OfferView> {
  const [occupation] = offer.occupationId ? await entriesByIds(db, 'occupations', [offer.occupationId], lang) : [];
  const skillLabels = new Map((await entriesByIds(db, 'skills', offer.skills.map((s) => s.skillId), lang)).map((s) => [s.id, s.label]));
  const [municipality, home] = await Promise.all([findMunicipality(db, offer.municipalityId), findMunicipality(db, organisation.municipalityId)]);
  if (!municipality || !home) throw new Error(`offer ${offer.id} names an unknown municipality`);
  return {
    id: offer.id,
    title: offer.title,
    description: offer.description,
    occupation: occupation ? { id: occupation.id, label: occupation.label, ...(occupation.iscoCode ? { iscoCode: occupation.iscoCode } : {}) } : null,
    skills: offer.skills.flatMap((s) => {
      const label = skillLabels.get(s.skillId);
      return label ? [{ id: s.skillId, label, level: s.level, required: s.required }] : [];
    }),
    municipality: { id: municipality.id, name: municipality.name, country: municipality.country, timeZone: municipality.timeZone },
    organisation: {
      id: organisation.id, name: organisation.name, sector: organisation.sector, website: organisation.website,
      contactEmail: organisation.contactEmail, contactPhone: organisation.contactPhone,
      verification: organisation.verification, verifiedAt: organisation.verifiedAt?.toISOString() ?? null, municipalityName: home.name,
    },
    remote: offer.remote,
    workAbroad: offer.workAbroad,
    contractType: offer.contractType,
    workingTime: offer.workingTime,
    days: offer.days,
    shifts: offer.shifts,
    salary: offer.salary,
    currency: offer.currency,
    vacancies: offer.vacancies,
    acceptedAuthorizations: offer.acceptedAuthorizations,
    suitableForAdolescents: offer.suitableForAdolescents,
    languages: offer.languages,
    howToApply: offer.howToApply,
    closesOn: offer.closesOn,
    publishedAt: offer.publishedAt?.toISOString() ?? null,
    status: offer.status,
  };
}

/**
 * The programme's earliest time zone (UTC-6; Panama is UTC-5): where a day is counted for
 * all municipalities at once, nothing ends before its day has ended anywhere.
 */
export const EARLIEST_TIME_ZONE = 'America/Costa_Rica';

/** The date (YYYY-MM-DD) it is now in a time zone: closing dates are the municipality's days. */
export const todayIn = (timeZone: string, now: Date): string => dateTimeFormat('en-CA', { timeZone }).format(now);

/** The language of a request's answer: `?lang=`, else the first Accept-Language tag, else Spanish. */
export function requestLanguage(query: string | undefined, acceptLanguage: string | undefined): Lang {
  if (query === 'es' || query === 'en') return query;
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'es';
}
