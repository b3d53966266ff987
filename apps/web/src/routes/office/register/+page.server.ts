import { fail } from '@sveltejs/kit';
import { genders, populationGroups, workAuthorizations } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { locales } from '$lib/paraglide/runtime';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { formChoice, formNumber, formText } from '$lib/server/form-input';
import { loadMunicipalities } from '$lib/server/employer';
import { officeMunicipalities, registerFieldWords, zoneOf } from '$lib/server/office-people';
import type { Actions, PageServerLoad } from './$types';

// Assisted registration: the officer fills this in with the person, reads the notice
// out, writes down what was explained, and prints the takeover code it answers with.

export const load: PageServerLoad = async ({ parent, locals }) => {
  const { user } = await parent();
  return { municipalities: await officeMunicipalities(locals.api, user.roles) };
};

export const actions: Actions = {
  default: async ({ request, locals, cookies }) => {
    const data = await request.formData();
    const workAuthorization = formChoice(data, 'workAuthorization', workAuthorizations);
    const gender = formChoice(data, 'gender', genders) ?? null;
    const populationGroup = formChoice(data, 'populationGroup', populationGroups) ?? null;
    const values = {
      displayName: formText(data, 'displayName').trim(),
      birthDate: formText(data, 'birthDate'),
      municipalityId: formText(data, 'municipalityId'),
      workAuthorization: workAuthorization ?? '',
      gender: gender ?? '',
      populationGroup: populationGroup ?? '',
      language: locales.find((l) => l === formText(data, 'language')) ?? 'es',
      explanation: formText(data, 'explanation').trim(),
      consent: formText(data, 'consent') === 'yes',
    };
    const words = registerFieldWords();
    const missing: Record<string, string> = {};
    if (!values.consent) missing.consentGiven = words.consentGiven;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.birthDate)) missing.profile = words.profile;
    if (!workAuthorization) missing.workAuthorization = m.office_register_error_permit();
    if (Object.keys(missing).length > 0) return fail(422, { values, problem: { status: 422, message: m.error_check_fields(), fields: missing }, registered: null });
    const res = await locals.api.api.office.people.$post({
      json: {
        displayName: values.displayName, language: values.language, explanation: values.explanation, consentGiven: true,
        profile: {
          municipalityId: formNumber(data, 'municipalityId'), birthDate: values.birthDate,
          workAuthorization: workAuthorization ?? 'none', gender, populationGroup,
        },
      },
    });
    relayApiCookies(res, cookies);
    if (!res.ok) return apiFailure(res, values, { fields: words });
    const registered = await res.json();
    const timeZone = zoneOf((await loadMunicipalities(locals.api)).filter((place) => String(place.id) === values.municipalityId));
    // The code is shown on this answer only: it is never put in an address or stored.
    return { registered: { ...registered, name: values.displayName, timeZone } };
  },
};
