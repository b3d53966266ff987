import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure, isSignedOut, type FormProblem } from '$lib/server/api-errors';
import { formText } from '$lib/server/form-input';
import { loginPath } from '$lib/server/same-site-path';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, url }) => {
  if (!(await parent()).user) redirect(303, loginPath(url.pathname));
};

export const actions: Actions = {
  default: async ({ request, locals, cookies, url }) => {
    const data = await request.formData();
    // Erasure cannot be undone, so it takes the password and a plain "yes" both.
    if (data.get('confirm') !== 'yes') {
      const problem: FormProblem = { status: 400, message: m.error_check_fields(), fields: { confirm: m.delete_confirm_missing() } };
      return fail(400, { values: {}, problem });
    }
    const res = await locals.api.api.me.$delete({ json: { password: formText(data, 'password') } });
    relayApiCookies(res, cookies);
    if (isSignedOut(res)) redirect(303, loginPath(url.pathname));
    if (!res.ok) return apiFailure(res, {}, { fields: { password: m.delete_wrong_password() } });
    // The API ended the session with the account; the farewell page is for anyone.
    redirect(303, '/account/deleted');
  },
};
