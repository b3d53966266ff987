import { and, asc, count, gt, inArray, lte, ne } from 'drizzle-orm';
import { isOfferedToEmployers, type Profile } from '@solidaria/core';
import { loadProfile, schema, type Database } from '@solidaria/db';
import type { SearchDocument } from '../port';

const adultBornBy = (now: Date) => {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - 18);
  return d.toISOString().slice(0, 10);
};

/** A profile as the profiles index holds it, or null when employers may not find it. */
export async function profileDocument(db: Database, profile: Profile, now: Date): Promise<SearchDocument | null> {
  if (!isOfferedToEmployers(profile, now)) return null;
  const skillIds = profile.skills.flatMap((s) => ('skillId' in s ? [s.skillId] : []));
  const skills = skillIds.length
    ? await db.orm.select({ es: schema.skills.labelEs, en: schema.skills.labelEn }).from(schema.skills).where(inArray(schema.skills.id, skillIds))
    : [];
  const occupations = profile.desiredOccupationIds.length
    ? await db.orm.select({ es: schema.occupations.labelEs, en: schema.occupations.labelEn }).from(schema.occupations).where(inArray(schema.occupations.id, profile.desiredOccupationIds))
    : [];
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
  const documents: SearchDocument[] = [];
  for (const { id } of ids) {
    const profile = await loadProfile(db, id);
    const doc = profile ? await profileDocument(db, profile, now) : null;
    if (doc) documents.push(doc);
  }
  return documents;
}

export async function countOfferedProfiles(db: Database, now = new Date()): Promise<number> {
  return (await db.orm.select({ n: count() }).from(schema.seekerProfiles).where(offered(now)))[0]?.n ?? 0;
}

