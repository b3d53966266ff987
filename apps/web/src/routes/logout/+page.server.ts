import { redirect } from '@sveltejs/kit';
import { relayApiCookies } from '$lib/server/api-cookies';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so only the header's form (a POST) does it; a visit goes home.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
  default: async ({ locals, cookies }) => {
    const res = await locals.api.api.auth.logout.$post();
    relayApiCookies(res, cookies);
    redirect(303, '/');
  },
};
