import { error } from '@sveltejs/kit';
import { isSignedOut } from '$lib/server/api-errors';
import type { LayoutServerLoad } from './$types';

// The signed-in person, once per page: the header shows them and pages read it through
// `parent()`. A 401 means nobody is signed in, which is not an error.
export const load: LayoutServerLoad = async ({ locals }) => {
  const res = await locals.api.api.me.$get();
  if (isSignedOut(res)) return { user: null };
  if (!res.ok) error(503, 'The account service is not available right now.');
  const { user } = await res.json();
  return { user };
};
