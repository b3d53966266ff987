/**
 * A price in minor units as a vendor would type it back into the price field ("1500",
 * "1500,50"), which parsePriceMinor reads to the same number. Integer arithmetic only.
 */
export function priceText(minor: number): string {
  const cents = minor % 100;
  return cents === 0 ? String((minor - cents) / 100) : `${(minor - cents) / 100},${String(cents).padStart(2, '0')}`;
}
