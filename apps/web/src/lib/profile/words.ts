import { weekDays, type educationLevels, type genders, type languageLevels, type populationGroups, type shifts, type skillLevels, type Visibility, type WorkAuthorization } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

// The profile's closed lists, in the words a person reads. Keyed by the core enums, so
// a value added there fails the type check here until it has words.
type Words<T extends string> = Record<T, () => string>;

export const skillLevelWords: Words<(typeof skillLevels)[number]> = {
  basic: m.level_basic,
  intermediate: m.level_intermediate,
  advanced: m.level_advanced,
  expert: m.level_expert,
};

export const languageLevelWords: Words<(typeof languageLevels)[number]> = {
  A1: m.language_level_a1,
  A2: m.language_level_a2,
  B1: m.language_level_b1,
  B2: m.language_level_b2,
  C1: m.language_level_c1,
  C2: m.language_level_c2,
  native: m.language_level_native,
};

export const educationWords: Words<(typeof educationLevels)[number]> = {
  none: m.education_none,
  primary: m.education_primary,
  secondary: m.education_secondary,
  technical: m.education_technical,
  university: m.education_university,
  postgraduate: m.education_postgraduate,
};

export const shiftWords: Words<(typeof shifts)[number]> = {
  morning: m.shift_morning,
  afternoon: m.shift_afternoon,
  night: m.shift_night,
};

export const workAuthorizationWords: Words<WorkAuthorization> = {
  citizen_or_resident: m.permit_citizen_or_resident,
  refugee: m.permit_refugee,
  asylum_seeker_with_permit: m.permit_asylum_seeker_with_permit,
  asylum_seeker_without_permit: m.permit_asylum_seeker_without_permit,
  other_permit: m.permit_other_permit,
  none: m.permit_none,
};

export const genderWords: Words<(typeof genders)[number]> = {
  female: m.gender_female,
  male: m.gender_male,
  non_binary: m.gender_non_binary,
  prefer_not_to_say: m.gender_prefer_not_to_say,
};

export const populationGroupWords: Words<(typeof populationGroups)[number]> = {
  refugee: m.group_refugee,
  asylum_seeker: m.group_asylum_seeker,
  internally_displaced: m.group_internally_displaced,
  returnee: m.group_returnee,
  migrant: m.group_migrant,
  host_community: m.group_host_community,
};

export const visibilityWords: Record<Visibility, { title: () => string; explained: () => string }> = {
  hidden: { title: m.visibility_hidden, explained: m.visibility_hidden_explained },
  anonymous: { title: m.visibility_anonymous, explained: m.visibility_anonymous_explained },
  visible: { title: m.visibility_visible, explained: m.visibility_visible_explained },
};

/** A weekday's name in the page's language ("lunes"), capitalised for a list. */
export function weekDayName(day: (typeof weekDays)[number]): string {
  // 1 January 2024 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + weekDays.indexOf(day)));
  const name = new Intl.DateTimeFormat(getLocale(), { weekday: 'long', timeZone: 'UTC' }).format(date);
  return name.charAt(0).toUpperCase() + name.slice(1);
}
