import { m } from '$lib/paraglide/messages';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { formText } from '$lib/server/form-input';
import { passwordAdvice } from '$lib/server/password-advice';
import type { Actions, PageServerLoad } from './$types';

// The token comes from the link in the e-mail; the page cannot tell whether it is still
// good without spending it, so the form is shown and the API decides on submit.
export const load: PageServerLoad = ({ url }) => ({ token: url.searchParams.get('token') ?? '' });

export const actions: Actions = {
  default: async ({ request, locals, cookies }) => {
    const data = await request.formData();
    const password = formText(data, 'password');
    const res = await locals.api.api.auth['password-reset'].confirm.$post({ json: { token: formText(data, 'token'), password } });
    relayApiCookies(res, cookies);
    // A token the API does not take (unknown, used, expired, malformed) is one case for the page.
    if (!res.ok) {
      return apiFailure(res, {}, { unauthenticated: m.reset_invalid(), fields: { password: passwordAdvice(password), token: m.reset_invalid() } });
    }
    return { done: true as const };
  },
};
