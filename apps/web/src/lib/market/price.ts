/**
 * A price typed in the currency's major unit ("1500", "1.500", "1 500", "1500,50",
 * "1,500.50") as integer minor units, or null when it cannot be read for sure. A single
 * separator followed by exactly three digits groups thousands ("1.500" is fifteen
 * hundred, as people write it in Central America); followed by one or two it is the
 * decimal mark. Only digits are ever added up, so no floating point touches the money.
 */
export function parsePriceMinor(typed: string): number | null {
  const text = typed.trim().replace(/^[₡QL$]|[₡QL$]$/g, '').replace(/[\s\u00a0]/g, '');
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return null;
  const separators = [...text].filter((c) => c === '.' || c === ',');
  let whole = text;
  let cents = '';
  const last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  if (last >= 0) {
    const mixed = new Set(separators).size > 1;
    const after = text.slice(last + 1);
    const decimal = mixed || (separators.length === 1 && after.length <= 2);
    if (decimal) {
      if (after.length > 2) return null;
      whole = text.slice(0, last);
      cents = after;
    }
    // What is left may only group thousands: groups of exactly three digits.
    if (/[.,]/.test(whole) && !/^\d{1,3}([.,]\d{3})+$/.test(whole)) return null;
    if (mixed && new Set([...whole].filter((c) => c === '.' || c === ',')).size > 1) return null;
    whole = whole.replace(/[.,]/g, '');
  }
  if (whole.length > 12) return null;
  const minor = Number(whole) * 100 + Number(cents.padEnd(2, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : null;
}
