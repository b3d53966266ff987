import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { identifierInput, phoneCountries } from '$lib/server/form-input';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ countries: phoneCountries });

export const actions: Actions = {
  default: async ({ request, locals, cookies }) => {
    const values = identifierInput(await request.formData());
    const res = await locals.api.api.auth['password-reset'].$post({ json: values });
    relayApiCookies(res, cookies);
    if (!res.ok) return apiFailure(res, values);
    // The same answer whether or not an account exists, so the page reveals nothing.
    return { sent: true as const };
  },
};
