import { redirect } from '@sveltejs/kit';
import { loginPath } from '$lib/server/same-site-path';
import type { LayoutServerLoad } from './$types';

// The municipal office's pages: officers and admins only (the API scopes each officer
// to their municipality); anyone else signed in goes to their account.
export const load: LayoutServerLoad = async ({ parent, url }) => {
  const { user } = await parent();
  if (!user) redirect(303, loginPath(url.pathname + url.search));
  if (!user.roles.some((grant) => grant.role === 'officer' || grant.role === 'admin')) redirect(303, '/account');
  return { user };
};
