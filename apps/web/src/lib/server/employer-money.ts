// Pay is typed in the currency's major unit, as people say it ("450000", "450.000",
// "3 500", "800.50"), and kept in minor units (×100) as integers, never floats.

const THOUSANDS = /^\d{1,3}(?:([.,\s])\d{3})(?:\1\d{3})*$/;
const DECIMAL = /^(\d{1,12})(?:[.,](\d{1,2}))?$/;

/** An amount typed in major units as minor units, or NaN when it is not an amount. */
export function majorToMinor(typed: string): number {
  const text = typed.trim().replace(/^[₡Q$L]\s*|\s*(?:CRC|GTQ|HNL|USD|PAB)$/gi, '');
  // "450.000" and "450,000" are thousands (no currency here has three decimals).
  const whole = THOUSANDS.test(text) ? text.replace(/[.,\s]/g, '') : null;
  const match = DECIMAL.exec(whole ?? text);
  if (!match) return Number.NaN;
  const [, units = '', cents = ''] = match;
  return Number(units) * 100 + Number(cents.padEnd(2, '0'));
}

/** Minor units as the plain number a person would type back ("450000", "800.50"). */
export function minorToMajor(minor: number): string {
  const units = Math.floor(minor / 100);
  const cents = minor % 100;
  return cents === 0 ? String(units) : `${units}.${String(cents).padStart(2, '0')}`;
}
