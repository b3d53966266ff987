import { redirect } from '@sveltejs/kit';
import { loginPath } from '$lib/server/same-site-path';
import type { LayoutServerLoad } from './$types';

// Pages for people who sell: signed in, with the vendor role. Anyone else signed in goes
// to their account, where their own things are.
export const load: LayoutServerLoad = async ({ parent, url }) => {
  const { user } = await parent();
  if (!user) redirect(303, loginPath(url.pathname + url.search));
  if (!user.roles.some((grant) => grant.role === 'vendor')) redirect(303, '/account');
  return { user };
};
