import { asc, eq, inArray } from 'drizzle-orm';
import type { Profile, ProfileInput, Visibility } from '@solidaria/core';
import { users } from '../accounts/tables';
import type { Database, Write } from '../database';
import { profileLanguages, profileOccupations, profileSkills, seekerProfiles, workHistory } from './tables';

/** The writes that store a whole profile, replacing its lists; one atomic unit with the caller's. */
export function saveProfileWrites(db: Database, userId: number, input: ProfileInput, now: Date): Write[] {
  const row = {
    headline: input.headline,
    municipalityId: input.municipalityId,
    birthDate: input.birthDate,
    educationLevel: input.educationLevel,
    availability: input.availability,
    workAuthorization: input.workAuthorization,
    workAuthorizationExpiresOn: input.workAuthorizationExpiresOn,
    gender: input.gender,
    nationality: input.nationality,
    populationGroup: input.populationGroup,
    updatedAt: now,
  };
  const writes: Write[] = [
    db.orm.insert(seekerProfiles).values({ userId, ...row, createdAt: now }).onConflictDoUpdate({ target: seekerProfiles.userId, set: row }),
    db.orm.delete(profileSkills).where(eq(profileSkills.userId, userId)),
    db.orm.delete(profileLanguages).where(eq(profileLanguages.userId, userId)),
    db.orm.delete(profileOccupations).where(eq(profileOccupations.userId, userId)),
    db.orm.delete(workHistory).where(eq(workHistory.userId, userId)),
  ];
  if (input.skills.length) {
    writes.push(db.orm.insert(profileSkills).values(input.skills.map((s) => ({
      userId, level: s.level, skillId: 'skillId' in s ? s.skillId : null, customLabel: 'customLabel' in s ? s.customLabel : null,
    }))));
  }
  if (input.languages.length) writes.push(db.orm.insert(profileLanguages).values(input.languages.map((l) => ({ userId, ...l }))));
  const occupationIds = [...new Set(input.desiredOccupationIds)];
  if (occupationIds.length) writes.push(db.orm.insert(profileOccupations).values(occupationIds.map((occupationId) => ({ userId, occupationId }))));
  if (input.workHistory.length) writes.push(db.orm.insert(workHistory).values(input.workHistory.map((w, position) => ({ userId, position, ...w }))));
  return writes;
}

export function setVisibilityWrite(db: Database, userId: number, visibility: Visibility, now: Date): Write {
  return db.orm.update(seekerProfiles).set({ visibility, updatedAt: now }).where(eq(seekerProfiles.userId, userId));
}

/** A person's whole profile with their display name, or null when they have none. */
export async function loadProfile(db: Database, userId: number): Promise<Profile | null> {
  return (await loadProfiles(db, [userId]))[0] ?? null;
}

// SQLite allows 999 bound values in older builds; stay well under it per query.
const CHUNK = 500;

/** Many whole profiles at once (five queries per 500 people), in the order asked; missing ones left out. */
export async function loadProfiles(db: Database, userIds: readonly number[]): Promise<Profile[]> {
  const out: Profile[] = [];
  for (let i = 0; i < userIds.length; i += CHUNK) out.push(...(await loadChunk(db, [...new Set(userIds.slice(i, i + CHUNK))])));
  const byId = new Map(out.map((p) => [p.userId, p]));
  return userIds.flatMap((id) => byId.get(id) ?? []);
}

async function loadChunk(db: Database, ids: number[]): Promise<Profile[]> {
  if (ids.length === 0) return [];
  const [rows, skills, languages, occupations, history] = await Promise.all([
    db.orm
      .select({ profile: seekerProfiles, displayName: users.displayName })
      .from(seekerProfiles)
      .innerJoin(users, eq(users.id, seekerProfiles.userId))
      .where(inArray(seekerProfiles.userId, ids)),
    db.orm.select().from(profileSkills).where(inArray(profileSkills.userId, ids)).orderBy(asc(profileSkills.id)),
    db.orm.select().from(profileLanguages).where(inArray(profileLanguages.userId, ids)).orderBy(asc(profileLanguages.code)),
    db.orm.select().from(profileOccupations).where(inArray(profileOccupations.userId, ids)),
    db.orm.select().from(workHistory).where(inArray(workHistory.userId, ids)).orderBy(asc(workHistory.position)),
  ]);
  const of = <T extends { userId: number }>(list: T[]) => {
    const map = new Map<number, T[]>();
    for (const item of list) map.set(item.userId, [...(map.get(item.userId) ?? []), item]);
    return (userId: number) => map.get(userId) ?? [];
  };
  const [skillsOf, languagesOf, occupationsOf, historyOf] = [of(skills), of(languages), of(occupations), of(history)];
  return rows.map(({ profile: p, displayName }) => ({
    userId: p.userId,
    displayName,
    visibility: p.visibility,
    updatedAt: p.updatedAt,
    headline: p.headline,
    municipalityId: p.municipalityId,
    birthDate: p.birthDate,
    desiredOccupationIds: occupationsOf(p.userId).map((o) => o.occupationId),
    skills: skillsOf(p.userId).map((s) => (s.skillId !== null ? { skillId: s.skillId, level: s.level } : { customLabel: s.customLabel ?? '', level: s.level })),
    languages: languagesOf(p.userId).map((l) => ({ code: l.code, level: l.level })),
    workHistory: historyOf(p.userId).map((w) => ({ title: w.title, occupationId: w.occupationId, employer: w.employer, months: w.months, formal: w.formal })),
    educationLevel: p.educationLevel ?? null,
    // Profiles saved before a field existed read with its default.
    availability: { ...p.availability, willingToRelocate: p.availability.willingToRelocate ?? false },
    workAuthorization: p.workAuthorization,
    workAuthorizationExpiresOn: p.workAuthorizationExpiresOn,
    gender: p.gender ?? null,
    nationality: p.nationality,
    populationGroup: p.populationGroup ?? null,
  }));
}
