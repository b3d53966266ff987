import { and, asc, count, gt, lte, ne } from 'drizzle-orm';
import { isOfferedToEmployers, type Profile } from '@solidaria/core';
import { loadProfiles, schema, type Database } from '@solidaria/db';
import type { SearchDocument } from '../port';
import { labelsOf, taxonomyLabels, type TaxonomyLabels } from './taxonomy-labels';

const adultBornBy = (now: Date) => {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - 18);
  return d.toISOString().slice(0, 10);
};

const skillIdsOf = (profile: Profile) => profile.skills.flatMap((s) => ('skillId' in s ? [s.skillId] : []));

/** A profile as the profiles index holds it, or null when employers may not find it. */
export async function profileDocument(db: Database, profile: Profile, now: Date): Promise<SearchDocument | null> {
  if (!isOfferedToEmployers(profile, now)) return null;
  return documentOf(profile, await taxonomyLabels(db, skillIdsOf(profile), profile.desiredOccupationIds));
}

function documentOf(profile: Profile, labels: TaxonomyLabels): SearchDocument {
  const skillIds = skillIdsOf(profile);
  const skills = labelsOf(skillIds, labels.skills);
  const occupations = labelsOf(profile.desiredOccupationIds, labels.occupations).map((o) => ({ es: o.labelEs, en: o.labelEn }));
  return {
    id: profile.userId,
    occupationLabels: occupations.flatMap((o) => [o.es, o.en]),
    skillLabels: [...skills.flatMap((s) => [s.es, s.en]), ...profile.skills.flatMap((s) => ('customLabel' in s ? [s.customLabel] : []))],
    municipalityId: profile.municipalityId,
    skillIds,
    occupationIds: profile.desiredOccupationIds,
    languages: profile.languages.map((l) => l.code),
    fullTime: profile.availability.fullTime,
    partTime: profile.availability.partTime,
  };
}

const offered = (now: Date) =>
  and(ne(schema.seekerProfiles.visibility, 'hidden'), lte(schema.seekerProfiles.birthDate, adultBornBy(now)));

export async function profileDocumentsPage(db: Database, afterId: number, limit: number, now = new Date()) {
  const ids = await db.orm
    .select({ id: schema.seekerProfiles.userId })
    .from(schema.seekerProfiles)
    .where(and(gt(schema.seekerProfiles.userId, afterId), offered(now)))
    .orderBy(asc(schema.seekerProfiles.userId))
    .limit(limit);
  // The whole page in a few queries: its profiles, then the labels they carry.
  const profiles = (await loadProfiles(db, ids.map((r) => r.id))).filter((p) => isOfferedToEmployers(p, now));
  const labels = await taxonomyLabels(db, profiles.flatMap(skillIdsOf), profiles.flatMap((p) => p.desiredOccupationIds));
  return profiles.map((p) => documentOf(p, labels));
}

export async function countOfferedProfiles(db: Database, now = new Date()): Promise<number> {
  return (await db.orm.select({ n: count() }).from(schema.seekerProfiles).where(offered(now)))[0]?.n ?? 0;
}

