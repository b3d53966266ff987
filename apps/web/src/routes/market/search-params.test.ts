import { describe, expect, it } from 'vitest';
import { marketSearchHref, readMarketSearch } from './search-params';

describe('the market search in the address', () => {
  it('reads a known price range and keeps it in the links for other facets and pages', () => {
    const search = readMarketSearch(new URLSearchParams('q=tamal&priceRange=CRC-1&marketDay=3'));
    expect(search).toMatchObject({ q: 'tamal', priceRange: 'CRC-1', marketDay: 3, page: 1 });
    expect(marketSearchHref(search, { category: 'food', page: 1 })).toBe('/market?q=tamal&category=food&marketDay=3&priceRange=CRC-1');
    expect(marketSearchHref(search, { priceRange: undefined, marketDay: undefined, page: 2 })).toBe('/market?q=tamal&page=2');
  });

  it('leaves out a price range that does not exist instead of refusing the page', () => {
    for (const bad of ['CRC-9', 'EUR-0', '<script>', '']) {
      expect(readMarketSearch(new URLSearchParams({ priceRange: bad })).priceRange, bad).toBeUndefined();
    }
  });
});
