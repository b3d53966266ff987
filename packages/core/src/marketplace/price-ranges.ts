import type { CurrencyCode } from '../municipalities/municipality';

/**
 * The market's price-range facet: for each currency, the bounds between its ranges, in integer
 * minor units, ascending. Chosen so each range means about the same in every country (roughly
 * under US$4–5, up to $10, up to $20, more): a plate of food, a small craft, clothes, a service.
 * PAB is at par with USD and has the same ranges.
 */
export const PRICE_RANGE_BOUNDS: Readonly<Record<CurrencyCode, readonly number[]>> = {
  CRC: [2_000_00, 5_000_00, 10_000_00], // ₡2 000, ₡5 000, ₡10 000
  GTQ: [25_00, 75_00, 150_00], // Q25, Q75, Q150
  HNL: [100_00, 250_00, 500_00], // L100, L250, L500
  USD: [5_00, 10_00, 20_00], // $5, $10, $20
  PAB: [5_00, 10_00, 20_00],
};

/** One range: from `minMinor` (included) up to `maxMinor` (not included; null for the top one). */
export interface PriceRange {
  /** `CRC-0` … `CRC-3`: what search documents and addresses carry. */
  key: string;
  currency: CurrencyCode;
  minMinor: number;
  maxMinor: number | null;
}

export function priceRangesOf(currency: CurrencyCode): PriceRange[] {
  const bounds = PRICE_RANGE_BOUNDS[currency];
  return [0, ...bounds].map((minMinor, i) => ({ key: `${currency}-${i}`, currency, minMinor, maxMinor: bounds[i] ?? null }));
}

/** Every range of every currency, in the currencies' order. */
export const priceRanges: readonly PriceRange[] = (Object.keys(PRICE_RANGE_BOUNDS) as CurrencyCode[]).flatMap(priceRangesOf);
export const priceRangeKeys = priceRanges.map((r) => r.key) as [string, ...string[]];

export const findPriceRange = (key: string): PriceRange | undefined => priceRanges.find((r) => r.key === key);

/** The range a price falls in (a price on a bound belongs to the higher range). */
export function priceRangeOf(currency: CurrencyCode, priceMinor: number): string {
  const bounds = PRICE_RANGE_BOUNDS[currency];
  const index = bounds.filter((bound) => priceMinor >= bound).length;
  return `${currency}-${index}`;
}
