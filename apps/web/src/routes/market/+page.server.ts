import { error } from '@sveltejs/kit';
import type { EnterpriseHit, ProductHit } from '$lib/market/types';
import { loadComingDays } from '$lib/server/market';
import type { PageServerLoad } from './$types';
import { readMarketSearch } from './search-params';

type Facets = Record<string, Record<string, number>>;

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
  const search = readMarketSearch(url.searchParams);
  const common = {
    q: search.q,
    page: String(search.page),
    ...(search.municipality ? { municipality: String(search.municipality) } : {}),
    ...(search.category ? { category: search.category } : {}),
  };
  const [products, enterprises, places, days] = await Promise.all([
    locals.api.api.products.$get({ query: { ...common, ...(search.marketDay ? { marketDay: String(search.marketDay) } : {}), ...(search.priceRange ? { priceRange: search.priceRange } : {}) } }),
    // Enterprises have no market-day or price filter; a search for a day or a price range lists products only.
    search.marketDay || search.priceRange ? null : locals.api.api.enterprises.$get({ query: common }),
    locals.api.api.municipalities.$get(),
    loadComingDays(locals.api),
  ]);
  if (!products.ok || (enterprises && !enterprises.ok)) error(503, 'The market search is not available right now.');
  const productBody = await products.json();
  const enterpriseBody = enterprises?.ok ? await enterprises.json() : { results: [], total: 0, facets: {} as Facets };
  // The language and the signed-in person live in cookies: a cached page is only reused with the same ones.
  setHeaders({ 'cache-control': 'private, max-age=30', vary: 'Cookie' });
  return {
    search,
    products: { results: productBody.results as unknown as ProductHit[], total: productBody.total, facets: productBody.facets as unknown as Facets },
    enterprises: { results: enterpriseBody.results as unknown as EnterpriseHit[], total: enterpriseBody.total },
    municipalities: places.ok ? (await places.json()).municipalities : [],
    days,
  };
};
