import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { formText, identifierInput, phoneCountries } from '$lib/server/form-input';
import { passwordAdvice } from '$lib/server/password-advice';
import type { Actions, PageServerLoad } from './$types';

// A person registered at the office takes the account over with the printed code: their
// own e-mail or phone, their own password, and they are signed in.

export const load: PageServerLoad = async ({ parent }) => {
  if ((await parent()).user) redirect(303, '/account');
  return { countries: phoneCountries };
};

export const actions: Actions = {
  default: async ({ request, locals, cookies }) => {
    const data = await request.formData();
    const password = formText(data, 'password');
    const values = { ...identifierInput(data), code: formText(data, 'code').trim() };
    const res = await locals.api.api.auth.takeover.$post({ json: { ...values, password } });
    relayApiCookies(res, cookies);
    if (!res.ok) {
      return apiFailure(res, values, { conflict: m.error_account_exists(), fields: { code: m.takeover_error_code(), password: passwordAdvice(password) } });
    }
    redirect(303, '/account');
  },
};
