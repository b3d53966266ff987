import { loadMyProfile } from '$lib/server/profile';
import type { LayoutServerLoad } from './$types';

// Every step starts from the profile as saved; null until step 1 is.
export const load: LayoutServerLoad = async ({ parent, locals, url }) => {
  await parent();
  return { profile: await loadMyProfile(locals.api, url.pathname) };
};
