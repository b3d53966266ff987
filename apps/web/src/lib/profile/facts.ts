import type { Profile } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { countryName, languageName } from './places-and-languages';
import { educationWords, genderWords, languageLevelWords, populationGroupWords, shiftWords, skillLevelWords, weekDayName, workAuthorizationWords } from './words';

/** One line of a profile as a person reads it: what it is, and its values. */
export interface Fact {
  term: string;
  values: string[];
}

/** The names of what a profile refers to by id. */
export interface Names {
  occupation(id: number): string;
  skill(id: number): string;
  municipality(id: number): string;
}

/** Any part of a profile: the whole of it, or what an employer's view holds. */
export type ProfileFacts = Partial<Omit<Profile, 'updatedAt' | 'userId' | 'visibility'>> & { experienceMonths?: { formal: number; informal: number } };

const date = (iso: string) => new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const given = (values: readonly (string | null | undefined | false)[]) => values.filter((v): v is string => typeof v === 'string' && v !== '');

/**
 * A profile, or the part of it someone may see, in words: every field the object has
 * becomes a line (said to be empty when it is), and a field it lacks is not mentioned.
 */
export function profileFacts(p: ProfileFacts, names: Names): Fact[] {
  const facts: Fact[] = [];
  const line = (term: string, values: readonly (string | null | undefined | false)[]) => {
    const shown = given(values);
    facts.push({ term, values: shown.length > 0 ? shown : [m.account_not_given()] });
  };
  if (p.displayName !== undefined) line(m.facts_name(), [p.displayName]);
  if (p.headline !== undefined) line(m.facts_headline(), [p.headline]);
  if (p.municipalityId !== undefined) line(m.facts_municipality(), [names.municipality(p.municipalityId)]);
  if (p.birthDate !== undefined) line(m.facts_birth_date(), [date(p.birthDate)]);
  if (p.desiredOccupationIds) line(m.facts_occupations(), p.desiredOccupationIds.map((id) => names.occupation(id)));
  if (p.skills) line(m.facts_skills(), p.skills.map((s) => `${'skillId' in s ? names.skill(s.skillId) : s.customLabel} · ${skillLevelWords[s.level]()}`));
  if (p.languages) line(m.facts_languages(), p.languages.map((l) => `${languageName(l.code)} · ${languageLevelWords[l.level]()}`));
  if (p.availability) {
    const a = p.availability;
    line(m.facts_availability(), [
      a.fullTime && m.profile_full_time(),
      a.partTime && m.profile_part_time(),
      a.days.map(weekDayName).join(', '),
      a.shifts.map((s) => shiftWords[s]()).join(', '),
      a.canStartOn && m.facts_can_start_on({ date: date(a.canStartOn) }),
    ]);
  }
  if (p.educationLevel !== undefined) line(m.facts_education(), [p.educationLevel && educationWords[p.educationLevel]()]);
  if (p.experienceMonths) {
    line(m.facts_experience(), [m.facts_experience_formal({ count: p.experienceMonths.formal }), m.facts_experience_informal({ count: p.experienceMonths.informal })]);
  }
  if (p.workHistory) {
    const jobs = p.workHistory.map((w) => given([w.title, w.employer, m.profile_months({ count: w.months }), w.formal ? m.profile_job_formal() : m.profile_job_informal()]).join(' · '));
    line(m.facts_work_history(), jobs);
  }
  if (p.workAuthorization !== undefined) {
    const expires = p.workAuthorizationExpiresOn;
    line(m.facts_permit(), [workAuthorizationWords[p.workAuthorization](), expires && m.facts_permit_expires({ date: date(expires) })]);
  }
  if (p.gender !== undefined) line(m.facts_gender(), [p.gender && genderWords[p.gender]()]);
  if (p.nationality !== undefined) line(m.facts_nationality(), [p.nationality && countryName(p.nationality)]);
  if (p.populationGroup !== undefined) line(m.facts_population_group(), [p.populationGroup && populationGroupWords[p.populationGroup]()]);
  return facts;
}
