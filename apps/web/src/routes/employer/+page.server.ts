import { loadMunicipalities, pageInstead } from '$lib/server/employer';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const [res, municipalities] = await Promise.all([locals.api.api.me.organizations.$get(), loadMunicipalities(locals.api)]);
  if (!res.ok) pageInstead(res, url.pathname);
  const mine = await res.json();
  const placeOf = new Map(municipalities.map((place) => [place.id, place.name]));
  return { organisations: mine.organisations.map((o) => ({ ...o, municipalityName: placeOf.get(o.municipalityId) ?? '' })) };
};
