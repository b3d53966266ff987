import { loadMunicipalities } from '$lib/server/employer';
import type { PageServerLoad } from './$types';
import { figuresHref, readFiguresRequest } from './figures-request';
import { loadFigures } from './load-figures';
import { getLocale } from '$lib/paraglide/runtime';

// The office's figures: a municipality (officers: their own; admins: any or all) and a
// period chosen with a GET form, so the page works without JavaScript and can be shared.
export const load: PageServerLoad = async ({ locals, parent, url, setHeaders }) => {
  const { user } = await parent();
  const request = readFiguresRequest(url.searchParams);
  const [figures, municipalities] = await Promise.all([loadFigures(locals.api, request, url.pathname + url.search), loadMunicipalities(locals.api)]);
  const admin = user.roles.some((grant) => grant.role === 'admin');
  const own = new Set(user.roles.filter((grant) => grant.role === 'officer').map((grant) => grant.municipalityId));
  setHeaders({ 'cache-control': 'private, no-store', vary: 'Cookie' });
  return {
    request,
    figures,
    // Officers choose among their own municipalities; admins among all, or all together.
    places: municipalities.filter((place) => admin || own.has(place.id)).map((place) => ({ id: place.id, name: place.name })),
    allowAll: admin || own.size > 1,
    csvHref: figuresHref('/api/stats/export.csv', request, { lang: getLocale() }),
    reportHref: figuresHref('/office/figures/report', request),
  };
};
