import { redirect } from '@sveltejs/kit';
import { selfChosenRoles } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { getLocale, locales } from '$lib/paraglide/runtime';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { formChoices, formText, identifierInput, phoneCountries } from '$lib/server/form-input';
import { rememberLocale } from '$lib/server/locale-cookie';
import { passwordAdvice } from '$lib/server/password-advice';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals }) => {
  if ((await parent()).user) redirect(303, '/account');
  // The municipality is optional: without the list, the form still works without it.
  const res = await locals.api.api.municipalities.$get();
  const municipalities = res.ok ? (await res.json()).municipalities : [];
  return { countries: phoneCountries, municipalities };
};

export const actions: Actions = {
  default: async ({ request, locals, cookies, url }) => {
    const data = await request.formData();
    const password = formText(data, 'password');
    const values = {
      ...identifierInput(data),
      displayName: formText(data, 'displayName'),
      language: locales.find((locale) => locale === formText(data, 'language')) ?? getLocale(),
      purposes: formChoices(data, 'purposes', selfChosenRoles),
      municipality: formText(data, 'municipality') || undefined,
    };
    const res = await locals.api.api.auth.register.$post({ json: { ...values, password } });
    relayApiCookies(res, cookies);
    if (!res.ok) {
      return apiFailure(res, values, { conflict: m.error_account_exists(), fields: { password: passwordAdvice(password) } });
    }
    // The language chosen for the account is the one the site speaks from now on.
    rememberLocale(cookies, url, values.language);
    redirect(303, '/account');
  },
};
