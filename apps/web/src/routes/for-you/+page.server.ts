import { loadRecommendations } from '$lib/server/matching';
import { homeTimeZone, requireSeeker } from '$lib/server/matching-seeker';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals, url, setHeaders }) => {
  const user = requireSeeker(await parent(), url);
  const [recommendations, timeZone] = await Promise.all([loadRecommendations(locals.api, url.pathname), homeTimeZone(locals.api, user.municipalityId)]);
  // Made for one person from their profile: never kept by a shared cache.
  setHeaders({ 'cache-control': 'no-store' });
  return { recommendations, timeZone };
};
