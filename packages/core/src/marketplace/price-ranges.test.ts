import { describe, expect, it } from 'vitest';
import { PRICE_RANGE_BOUNDS, findPriceRange, priceRangeKeys, priceRangeOf, priceRangesOf } from './price-ranges';

describe('price ranges for the market facet', () => {
  it('puts colón prices in four ranges, a price on a bound in the higher one', () => {
    expect(priceRangeOf('CRC', 1_500_00)).toBe('CRC-0');
    expect(priceRangeOf('CRC', 2_000_00)).toBe('CRC-1');
    expect(priceRangeOf('CRC', 4_999_99)).toBe('CRC-1');
    expect(priceRangeOf('CRC', 7_500_00)).toBe('CRC-2');
    expect(priceRangeOf('CRC', 10_000_00)).toBe('CRC-3');
    expect(priceRangesOf('CRC')).toEqual([
      { key: 'CRC-0', currency: 'CRC', minMinor: 0, maxMinor: 2_000_00 },
      { key: 'CRC-1', currency: 'CRC', minMinor: 2_000_00, maxMinor: 5_000_00 },
      { key: 'CRC-2', currency: 'CRC', minMinor: 5_000_00, maxMinor: 10_000_00 },
      { key: 'CRC-3', currency: 'CRC', minMinor: 10_000_00, maxMinor: null },
    ]);
  });

  it('has integer, ascending bounds for every currency, and ranges that cover every price once', () => {
    for (const [currency, bounds] of Object.entries(PRICE_RANGE_BOUNDS)) {
      expect(bounds.every((b, i) => Number.isSafeInteger(b) && b > (bounds[i - 1] ?? 0)), currency).toBe(true);
    }
    for (const price of [0, 1, 2_499, 2_500, 7_500, 15_000, 1_000_000_00]) {
      const key = priceRangeOf('GTQ', price);
      const range = findPriceRange(key)!;
      expect(price >= range.minMinor && (range.maxMinor === null || price < range.maxMinor), `${price} in ${key}`).toBe(true);
    }
    expect(priceRangeKeys).toHaveLength(20);
    expect(findPriceRange('EUR-1')).toBeUndefined();
  });
});
