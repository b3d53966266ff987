import { loadMunicipalities, pageInstead } from '$lib/server/employer';
import type { PageServerLoad } from './$types';

// The office's two work lists, each scoped by the API to the officer's municipalities.
export const load: PageServerLoad = async ({ locals, url }) => {
  const [organisationsRes, offersRes, municipalities] = await Promise.all([
    locals.api.api.office.organizations.$get({ query: { status: 'unverified' } }),
    locals.api.api.office.offers.$get({ query: { status: 'pending_review' } }),
    loadMunicipalities(locals.api),
  ]);
  if (!organisationsRes.ok) pageInstead(organisationsRes, url.pathname);
  if (!offersRes.ok) pageInstead(offersRes, url.pathname);
  const [organisations, offers] = await Promise.all([organisationsRes.json(), offersRes.json()]);
  const placeOf = new Map(municipalities.map((place) => [place.id, place]));
  return {
    organisations: organisations.organisations.map((o) => ({ ...o, municipality: placeOf.get(o.municipalityId) })),
    offers: offers.offers.map((o) => ({ ...o, municipality: placeOf.get(o.municipalityId) })),
  };
};
