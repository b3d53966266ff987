import { sql } from 'drizzle-orm';
import type { MatchOffer, MatchProfile } from '@solidaria/core';
import type { Database } from '../database';

// What scoring reads, for hundreds of people or offers in one query each: the lists come
// back as JSON arrays, so no long text (descriptions, headlines) is read for the pairs
// that will not be shown. `json_each` runs on D1 as on better-sqlite3.

type Level = MatchProfile['skills'][number]['level'];

export async function loadMatchProfiles(db: Database, ids: readonly number[]): Promise<MatchProfile[]> {
  if (ids.length === 0) return [];
  type Row = { userId: number; birthDate: string; visibility: MatchProfile['visibility']; municipalityId: number; availability: string; workAuthorization: MatchProfile['workAuthorization']; expires: string | null; skills: string; occupations: string; languages: string; history: string };
  const rows = await db.orm.all<Row>(sql`
    select p.user_id as userId, p.birth_date as birthDate, p.visibility, p.municipality_id as municipalityId, p.availability,
      p.work_authorization as workAuthorization, p.work_authorization_expires_on as expires,
      (select json_group_array(json_array(s.skill_id, s.level)) from profile_skills s where s.user_id = p.user_id and s.skill_id is not null) as skills,
      (select json_group_array(o.occupation_id) from profile_occupations o where o.user_id = p.user_id) as occupations,
      (select json_group_array(json_array(l.code, l.level)) from profile_languages l where l.user_id = p.user_id) as languages,
      (select json_group_array(json_array(w.occupation_id, w.months, w.formal)) from work_history w where w.user_id = p.user_id) as history
    from seeker_profiles p where p.user_id in (select value from json_each(${JSON.stringify(ids)}))`);
  return rows.map((r) => {
    const availability = JSON.parse(r.availability) as MatchProfile['availability'];
    return {
      userId: r.userId, birthDate: r.birthDate, visibility: r.visibility, municipalityId: r.municipalityId,
      availability: { ...availability, willingToRelocate: availability.willingToRelocate ?? false },
      workAuthorization: r.workAuthorization, workAuthorizationExpiresOn: r.expires,
      skills: (JSON.parse(r.skills) as [number, Level][]).map(([skillId, level]) => ({ skillId, level })),
      desiredOccupationIds: JSON.parse(r.occupations) as number[],
      languages: (JSON.parse(r.languages) as [string, MatchProfile['languages'][number]['level']][]).map(([code, level]) => ({ code, level })),
      workHistory: (JSON.parse(r.history) as [number | null, number, number][]).map(([occupationId, months, formal]) => ({ title: '', employer: '', occupationId, months, formal: formal === 1 })),
    };
  });
}

export async function loadMatchOffers(db: Database, ids: readonly number[]): Promise<MatchOffer[]> {
  if (ids.length === 0) return [];
  type Row = { id: number; occupationId: number | null; municipalityId: number; remote: number; workingTime: MatchOffer['workingTime']; days: string; shifts: string; accepted: string; adolescents: number; languages: string; closesOn: string; skills: string };
  const rows = await db.orm.all<Row>(sql`
    select o.id, o.occupation_id as occupationId, o.municipality_id as municipalityId, o.remote, o.working_time as workingTime,
      o.days, o.shifts, o.accepted_authorizations as accepted, o.suitable_for_adolescents as adolescents, o.languages, o.closes_on as closesOn,
      (select json_group_array(json_array(k.skill_id, k.level, k.required)) from offer_skills k where k.offer_id = o.id) as skills
    from offers o where o.id in (select value from json_each(${JSON.stringify(ids)}))`);
  return rows.map((r) => ({
    id: r.id, occupationId: r.occupationId, municipalityId: r.municipalityId, remote: r.remote === 1, workingTime: r.workingTime,
    days: JSON.parse(r.days), shifts: JSON.parse(r.shifts), acceptedAuthorizations: JSON.parse(r.accepted), suitableForAdolescents: r.adolescents === 1,
    languages: JSON.parse(r.languages), closesOn: r.closesOn,
    skills: (JSON.parse(r.skills) as [number, Level, number][]).map(([skillId, level, required]) => ({ skillId, level, required: required === 1 })),
  }));
}
