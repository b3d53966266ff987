import { and, asc, count, eq, gt, inArray } from 'drizzle-orm';
import { monthlyMaxMinor, type Offer } from '@solidaria/core';
import { loadOffer, schema, type Database } from '@solidaria/db';
import type { SearchDocument } from '../port';

/** A YYYY-MM-DD date as the number filters compare (20261127). */
export const dateNumber = (isoDate: string): number => Number(isoDate.replaceAll('-', ''));

/** What the offers index needs of the organisation: its name, and whether it is verified. */
export type OfferOrganisation = Pick<typeof schema.organisations.$inferSelect, 'name' | 'verification'>;

/**
 * An offer as the offers index holds it, or null when the public may not see it. The
 * closing date is a filter at query time, so an offer past it is never shown even before
 * the sweep closes it.
 */
export async function offerDocument(db: Database, offer: Offer, organisation: OfferOrganisation): Promise<SearchDocument | null> {
  if (offer.status !== 'published' || offer.hiddenByReports || organisation.verification !== 'verified') return null;
  const skillIds = offer.skills.map((s) => s.skillId);
  const skills = skillIds.length
    ? await db.orm.select({ es: schema.skills.labelEs, en: schema.skills.labelEn }).from(schema.skills).where(inArray(schema.skills.id, skillIds))
    : [];
  const [occupation] = offer.occupationId
    ? await db.orm.select().from(schema.occupations).where(eq(schema.occupations.id, offer.occupationId))
    : [];
  return {
    id: offer.id,
    title: offer.title,
    occupationLabels: occupation ? [occupation.labelEs, occupation.labelEn, ...occupation.altLabelsEs] : [],
    skillLabels: skills.flatMap((s) => [s.es, s.en]),
    organisationName: organisation.name,
    description: offer.description,
    municipalityId: offer.municipalityId,
    occupationId: offer.occupationId,
    iscoMajor: occupation ? occupation.iscoCode.slice(0, 1) : null,
    contractType: offer.contractType,
    workingTime: offer.workingTime,
    remote: offer.remote,
    suitableForAdolescents: offer.suitableForAdolescents,
    currency: offer.currency,
    salaryMonthlyMax: monthlyMaxMinor(offer.salary),
    closesOn: dateNumber(offer.closesOn),
    skillIds,
    organisationId: offer.organisationId,
    publishedAt: offer.publishedAt?.getTime() ?? 0,
  };
}

const publishedOfVerified = (afterId: number) =>
  and(gt(schema.offers.id, afterId), eq(schema.offers.status, 'published'), eq(schema.offers.hiddenByReports, false), eq(schema.organisations.verification, 'verified'));

export async function offerDocumentsPage(db: Database, afterId: number, limit: number): Promise<SearchDocument[]> {
  const ids = await db.orm
    .select({ id: schema.offers.id, name: schema.organisations.name, verification: schema.organisations.verification })
    .from(schema.offers)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.offers.organisationId))
    .where(publishedOfVerified(afterId))
    .orderBy(asc(schema.offers.id))
    .limit(limit);
  const documents: SearchDocument[] = [];
  for (const { id, ...organisation } of ids) {
    const offer = await loadOffer(db, id);
    const doc = offer ? await offerDocument(db, offer, organisation) : null;
    if (doc) documents.push(doc);
  }
  return documents;
}

export async function countPublicOffers(db: Database): Promise<number> {
  const [row] = await db.orm
    .select({ n: count() })
    .from(schema.offers)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.offers.organisationId))
    .where(publishedOfVerified(0));
  return row?.n ?? 0;
}
