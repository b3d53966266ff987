import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { formText, identifierInput, phoneCountries } from '$lib/server/form-input';
import { sameSitePath } from '$lib/server/same-site-path';
import { keepTotpEnrollment } from '$lib/server/totp-enrollment';
import type { Actions, PageServerLoad } from './$types';

// Where to go after signing in: a path on this site from ?redirectTo=, or the account.
const destination = (url: URL) => sameSitePath(url.searchParams.get('redirectTo'), '/account');

export const load: PageServerLoad = async ({ parent, url }) => {
  if ((await parent()).user) redirect(303, destination(url));
  return { countries: phoneCountries };
};

export const actions: Actions = {
  // The form posts to this page's own address, so ?redirectTo= comes along.
  default: async ({ request, locals, cookies, url }) => {
    const data = await request.formData();
    const values = identifierInput(data);
    const res = await locals.api.api.auth.login.$post({ json: { ...values, password: formText(data, 'password') } });
    relayApiCookies(res, cookies);
    // One message for a wrong identifier and a wrong password: which one is not said.
    if (!res.ok) return apiFailure(res, values, { unauthenticated: m.error_login_wrong() });
    const result = await res.json();
    if (result.status === 'signed_in') redirect(303, destination(url));
    if (result.totpEnrollment) keepTotpEnrollment(cookies, url, result.totpEnrollment);
    redirect(303, `/login/totp?redirectTo=${encodeURIComponent(destination(url))}`);
  },
};
