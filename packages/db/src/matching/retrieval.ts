import { and, desc, eq, gte, inArray, ne, or, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { offerSkills, offers } from '../offers/tables';
import { organisations } from '../organisations/tables';
import { profileOccupations, profileSkills, seekerProfiles } from '../profiles/tables';
import { occupations } from '../taxonomy/tables';

// Candidates and recommendations come from indexes (skill → profiles, occupation →
// profiles, and the same for offers), best overlap first, never from scoring every row.

/** The occupations of the same ISCO unit group as the given one (itself included). */
async function sameUnitGroup(db: Database, occupationId: number): Promise<number[]> {
  const rows = await db.orm
    .select({ id: occupations.id })
    .from(occupations)
    .where(eq(occupations.iscoCode, sql`(select isco_code from occupations where id = ${occupationId})`));
  return rows.map((r) => r.id);
}

const findable = ne(seekerProfiles.visibility, 'hidden');

/**
 * People who may suit an offer: those with most of its skills first, then those who want
 * its occupation (or one of the same unit group); people in its municipality when it names
 * neither. Hidden profiles may be among them: the caller drops them after loading.
 */
export async function candidateIdsForOffer(
  db: Database,
  offer: { skillIds: readonly number[]; occupationId: number | null; municipalityId: number },
  limit: number,
): Promise<number[]> {
  const ids = new Set<number>();
  if (offer.skillIds.length) {
    const rows = await db.orm
      .select({ userId: profileSkills.userId, n: sql<number>`count(*)`.as('n') })
      .from(profileSkills)
      .where(inArray(profileSkills.skillId, [...offer.skillIds]))
      .groupBy(profileSkills.userId)
      .orderBy(desc(sql`n`))
      .limit(limit);
    for (const r of rows) ids.add(r.userId);
  }
  if (offer.occupationId !== null) {
    const rows = await db.orm
      .select({ userId: profileOccupations.userId })
      .from(profileOccupations)
      .where(inArray(profileOccupations.occupationId, await sameUnitGroup(db, offer.occupationId)))
      .limit(limit);
    for (const r of rows) ids.add(r.userId);
  }
  if (ids.size === 0) {
    const rows = await db.orm.select({ userId: seekerProfiles.userId }).from(seekerProfiles).where(and(eq(seekerProfiles.municipalityId, offer.municipalityId), findable)).limit(limit);
    for (const r of rows) ids.add(r.userId);
  }
  return [...ids];
}

/** Offers anyone may see today (published, not hidden by reports, of a verified organisation, still open). */
const publicOffer = (today: string, fromSkills = false) =>
  // From the skills, the unary + keeps SQLite from starting at the status index (every published offer).
  and(fromSkills ? sql`+${offers.status} = 'published'` : eq(offers.status, 'published'), eq(offers.hiddenByReports, false), gte(offers.closesOn, today), eq(organisations.verification, 'verified'));

/**
 * Offers that may suit a person: those asking most of their skills first, those of the
 * occupations they want or did (or of the same unit groups), and the newest near them.
 */
export async function offerIdsForProfile(
  db: Database,
  profile: { skillIds: readonly number[]; occupationIds: readonly number[]; municipalityId: number },
  today: string,
  limit: number,
): Promise<number[]> {
  const ids = new Set<number>();
  if (profile.skillIds.length) {
    const rows = await db.orm
      .select({ offerId: offerSkills.offerId, n: sql<number>`count(*)`.as('n') })
      .from(offerSkills)
      .innerJoin(offers, eq(offers.id, offerSkills.offerId))
      .innerJoin(organisations, eq(organisations.id, offers.organisationId))
      .where(and(inArray(offerSkills.skillId, [...profile.skillIds].slice(0, 200)), publicOffer(today, true)))
      .groupBy(offerSkills.offerId)
      .orderBy(desc(sql`n`))
      .limit(limit);
    for (const r of rows) ids.add(r.offerId);
  }
  const wanted = (await Promise.all(profile.occupationIds.map((id) => sameUnitGroup(db, id)))).flat();
  const rows = await db.orm
    .select({ id: offers.id })
    .from(offers)
    .innerJoin(organisations, eq(organisations.id, offers.organisationId))
    .where(and(publicOffer(today), or(wanted.length ? inArray(offers.occupationId, wanted) : sql`0`, eq(offers.municipalityId, profile.municipalityId), eq(offers.remote, true))))
    .orderBy(desc(offers.publishedAt))
    .limit(limit);
  for (const r of rows) ids.add(r.id);
  return [...ids];
}
