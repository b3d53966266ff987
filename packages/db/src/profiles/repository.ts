import { asc, eq } from 'drizzle-orm';
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
  const [row] = await db.orm
    .select({ profile: seekerProfiles, displayName: users.displayName })
    .from(seekerProfiles)
    .innerJoin(users, eq(users.id, seekerProfiles.userId))
    .where(eq(seekerProfiles.userId, userId));
  if (!row) return null;
  const [skills, languages, occupations, history] = await Promise.all([
    db.orm.select().from(profileSkills).where(eq(profileSkills.userId, userId)).orderBy(asc(profileSkills.id)),
    db.orm.select().from(profileLanguages).where(eq(profileLanguages.userId, userId)).orderBy(asc(profileLanguages.code)),
    db.orm.select().from(profileOccupations).where(eq(profileOccupations.userId, userId)),
    db.orm.select().from(workHistory).where(eq(workHistory.userId, userId)).orderBy(asc(workHistory.position)),
  ]);
  const p = row.profile;
  return {
    userId,
    displayName: row.displayName,
    visibility: p.visibility,
    updatedAt: p.updatedAt,
    headline: p.headline,
    municipalityId: p.municipalityId,
    birthDate: p.birthDate,
    desiredOccupationIds: occupations.map((o) => o.occupationId),
    skills: skills.map((s) => (s.skillId !== null ? { skillId: s.skillId, level: s.level } : { customLabel: s.customLabel ?? '', level: s.level })),
    languages: languages.map((l) => ({ code: l.code, level: l.level })),
    workHistory: history.map((w) => ({ title: w.title, occupationId: w.occupationId, employer: w.employer, months: w.months, formal: w.formal })),
    educationLevel: p.educationLevel ?? null,
    availability: p.availability,
    workAuthorization: p.workAuthorization,
    workAuthorizationExpiresOn: p.workAuthorizationExpiresOn,
    gender: p.gender ?? null,
    nationality: p.nationality,
    populationGroup: p.populationGroup ?? null,
  };
}
