import { offerTextFingerprint, screenOffer, type CountryCode, type ScreeningInput, type ScreeningResult } from '@solidaria/core';
import { countOffersCreatedSince, countOtherOrganisationsWithText, schema, type OrganisationRow } from '@solidaria/db';
import { eq } from 'drizzle-orm';
import type { Reasons } from '../errors';
import type { Services } from '../services';

const DAY_MS = 86_400_000;

export interface Screened {
  result: ScreeningResult;
  fingerprint: string;
}

/**
 * Screens an offer's text and fields with what the rules need to know: the country, the
 * occupation's ISCO code, how new and how busy the organisation is, and whether other
 * organisations posted the same text.
 */
export async function screen(
  { db, clock }: Services,
  input: ScreeningInput & { occupationId: number | null },
  country: CountryCode,
  organisation: Pick<OrganisationRow, 'id' | 'verification' | 'createdAt'> | null,
  isNewOffer: boolean,
): Promise<Screened> {
  const now = clock.now();
  const fingerprint = offerTextFingerprint(input);
  const [occupation] = input.occupationId
    ? await db.orm.select({ iscoCode: schema.occupations.iscoCode }).from(schema.occupations).where(eq(schema.occupations.id, input.occupationId))
    : [];
  const recent = organisation ? await countOffersCreatedSince(db, organisation.id, new Date(now.getTime() - 7 * DAY_MS)) : 0;
  const result = screenOffer(input, {
    country,
    iscoCode: occupation?.iscoCode ?? null,
    organisation: {
      verified: organisation?.verification === 'verified',
      ageDays: organisation ? Math.floor((now.getTime() - organisation.createdAt.getTime()) / DAY_MS) : 0,
      offersLastWeek: isNewOffer ? recent : Math.max(0, recent - 1),
    },
    sameTextOrganisations: organisation ? await countOtherOrganisationsWithText(db, fingerprint, organisation.id) : 0,
  });
  return { result, fingerprint };
}

/** Screening findings as the error envelope's reasons, in both languages. */
export const reasonsOf = (findings: ScreeningResult['blocks'] | ScreeningResult['flags']): Reasons =>
  findings.map((f) => ({ code: f.code, ...(f.field ? { field: f.field } : {}), es: f.reason.es, en: f.reason.en }));
