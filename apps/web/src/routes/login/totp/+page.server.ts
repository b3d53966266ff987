import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { formText } from '$lib/server/form-input';
import { sameSitePath } from '$lib/server/same-site-path';
import { forgetTotpEnrollment, readTotpEnrollment } from '$lib/server/totp-enrollment';
import type { Actions, PageServerLoad } from './$types';

const destination = (url: URL) => sameSitePath(url.searchParams.get('redirectTo'), '/account');

export const load: PageServerLoad = async ({ parent, url, cookies }) => {
  if ((await parent()).user) redirect(303, destination(url));
  return { enrollment: readTotpEnrollment(cookies) };
};

export const actions: Actions = {
  default: async ({ request, locals, cookies, url }) => {
    // People copy codes as "123 456".
    const code = formText(await request.formData(), 'code').replace(/\s/g, '');
    const res = await locals.api.api.auth.totp.$post({ json: { code } });
    relayApiCookies(res, cookies);
    // A wrong code and an expired password step both answer 401; the message names both.
    if (!res.ok) return apiFailure(res, {}, { unauthenticated: m.totp_wrong() });
    forgetTotpEnrollment(cookies, url);
    redirect(303, destination(url));
  },
};
