import { enterpriseCategories, findPriceRange, type EnterpriseCategory } from '@solidaria/core';

const positive = (value: string | null): number | undefined => (value && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined);

/** The market search as the address says it; anything unreadable is left out rather than refused. */
export function readMarketSearch(params: URLSearchParams) {
  const category = params.get('category');
  const priceRange = params.get('priceRange');
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    municipality: positive(params.get('municipality')),
    category: enterpriseCategories.find((c) => c === category) as EnterpriseCategory | undefined,
    marketDay: positive(params.get('marketDay')),
    /** A range key such as `CRC-1` (see PRICE_RANGE_BOUNDS in @solidaria/core). */
    priceRange: priceRange ? findPriceRange(priceRange)?.key : undefined,
    page: Math.min(positive(params.get('page')) ?? 1, 50),
  };
}

export type MarketSearch = ReturnType<typeof readMarketSearch>;

/** The address of the same search with some parts changed (a facet chosen, another page). */
export function marketSearchHref(search: MarketSearch, change: Partial<MarketSearch>): string {
  const next = { ...search, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.municipality) params.set('municipality', String(next.municipality));
  if (next.category) params.set('category', next.category);
  if (next.marketDay) params.set('marketDay', String(next.marketDay));
  if (next.priceRange) params.set('priceRange', next.priceRange);
  if (next.page > 1) params.set('page', String(next.page));
  const query = params.toString();
  return query ? `/market?${query}` : '/market';
}
