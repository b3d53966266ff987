import { and, asc, count, eq, gt } from 'drizzle-orm';
import { monthlyMaxMinor, type Offer } from '@solidaria/core';
import { loadOffers, schema, type Database } from '@solidaria/db';
import type { SearchDocument } from '../port';
import { labelsOf, taxonomyLabels, type TaxonomyLabels } from './taxonomy-labels';

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
  if (!isPublic(offer, organisation)) return null;
  return documentOf(offer, organisation, await taxonomyLabels(db, offer.skills.map((s) => s.skillId), offer.occupationId ? [offer.occupationId] : []));
}

const isPublic = (offer: Offer, organisation: OfferOrganisation) =>
  offer.status === 'published' && !offer.hiddenByReports && organisation.verification === 'verified';

function documentOf(offer: Offer, organisation: OfferOrganisation, labels: TaxonomyLabels): SearchDocument {
  const skillIds = offer.skills.map((s) => s.skillId);
  const skills = labelsOf(skillIds, labels.skills);
  const occupation = offer.occupationId ? labels.occupations.get(offer.occupationId) : undefined;
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
  // The whole page in a few queries: its offers with their skills, then the labels they carry.
  const organisations = new Map(ids.map(({ id, ...organisation }) => [id, organisation]));
  const offers = (await loadOffers(db, ids.map((r) => r.id))).filter((o) => isPublic(o, organisations.get(o.id)!));
  const labels = await taxonomyLabels(db, offers.flatMap((o) => o.skills.map((s) => s.skillId)), offers.flatMap((o) => (o.occupationId ? [o.occupationId] : [])));
  return offers.map((o) => documentOf(o, organisations.get(o.id)!, labels));
}

export async function countPublicOffers(db: Database): Promise<number> {
  const [row] = await db.orm
    .select({ n: count() })
    .from(schema.offers)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.offers.organisationId))
    .where(publishedOfVerified(0));
  return row?.n ?? 0;
}
