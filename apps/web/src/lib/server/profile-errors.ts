import { m } from '$lib/paraglide/messages';
import type { FieldErrors } from './api-errors';

/**
 * What a person reads next to a profile field the API refused, by the API's field name
 * (a list's items, "skills.2.level", belong to the list's name). The inputs are named
 * after these fields, so each message lands beside its input.
 */
export function profileFieldMessages(): FieldErrors {
  return {
    headline: m.profile_error_headline(),
    municipalityId: m.profile_error_municipality(),
    birthDate: m.profile_error_birth_date(),
    desiredOccupationIds: m.profile_error_occupations(),
    skills: m.profile_error_skills(),
    languages: m.profile_error_languages(),
    workHistory: m.profile_error_work_history(),
    educationLevel: m.profile_error_choice(),
    availability: m.profile_error_availability(),
    workAuthorization: m.profile_error_choice(),
    workAuthorizationExpiresOn: m.profile_error_date(),
    gender: m.profile_error_choice(),
    nationality: m.profile_error_choice(),
    populationGroup: m.profile_error_choice(),
  };
}
