import { findPriceRange, priceRangeKeys } from '@solidaria/core';
import { formatMoney } from '$lib/jobs/money';
import { m } from '$lib/paraglide/messages';

/** A price range as people say it: "Menos de ₡2.000", "₡2.000 a ₡5.000", "₡10.000 o más". */
export function priceRangeWords(key: string): string {
  const range = findPriceRange(key);
  if (!range) return key;
  const money = (minor: number) => formatMoney(minor, range.currency);
  if (range.maxMinor === null) return m.market_price_over({ min: money(range.minMinor) });
  if (range.minMinor === 0) return m.market_price_under({ max: money(range.maxMinor) });
  return m.market_price_between({ min: money(range.minMinor), max: money(range.maxMinor) });
}

/** Facet entries in the ranges' own order (currency, then cheapest first), not by count. */
export const byPriceRange = ([a]: [string, number], [b]: [string, number]) => priceRangeKeys.indexOf(a) - priceRangeKeys.indexOf(b);
