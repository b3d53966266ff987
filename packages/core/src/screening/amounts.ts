// Sums of money as people write them in an offer: "$50", "US$ 1,500", "Q300", "Q. 1 500",
// "₡25 000", "¢25.000", "L 500", "Lps. 500", "500 lempiras", "25 mil colones",
// "25 lucas" (Costa Rican for ₡25 000). Used to catch a fee ("inscripción Q150") and
// a promise of pay ("gana hasta $3,000 al mes") in the folded text.

import type { SalaryPeriod } from '../offers/offer';

export type TextCurrency = 'CRC' | 'GTQ' | 'HNL' | 'USD' | 'EUR' | 'MXN';

// A number with thousands separated by ".", "," or a space, and maybe two decimals.
const NUMBER = String.raw`\d{1,3}(?:[.,  ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const SCALE = String.raw`(?:\s?(?:millones|millon|mil|k)(?![a-z]))?`;
// Symbols and short forms before the number. "q" and "l" count only right before digits.
const PREFIX = String.raw`(?:us\s?\$|usd|\$|₡|€|q\.?|lps?\.?|l\.?|b/\.?)`;
const SUFFIX = String.raw`(?:dolares|dolar|usd|colones|colon|quetzales|quetzal|lempiras|lempira|balboas|euros|€|pesos|lucas)`;

/** The pattern of a sum of money, for use inside other patterns (no capture groups). */
export const AMOUNT = `(?:(?<![a-z0-9])${PREFIX}\\s?(?:${NUMBER})${SCALE}(?:\\s?${SUFFIX})?|(?<![a-z0-9.,])(?:${NUMBER})${SCALE}\\s?${SUFFIX}(?![a-z]))`;

export interface Amount {
  value: number;
  currency: TextCurrency | null;
}

function currencyOf(text: string): TextCurrency | null {
  if (/colon|₡|lucas/.test(text)) return 'CRC';
  if (/quetzal|^q/.test(text)) return 'GTQ';
  if (/lempira|^l/.test(text)) return 'HNL';
  if (/euro|€/.test(text)) return 'EUR';
  if (/peso/.test(text)) return 'MXN';
  if (/\$|dolar|usd|balboa|^b\//.test(text)) return 'USD';
  return null;
}

function parseNumber(raw: string): number {
  const compact = raw.replace(/[  ]/g, '');
  const decimals = /[.,](\d{1,2})$/.exec(compact);
  const whole = (decimals ? compact.slice(0, decimals.index) : compact).replace(/[.,]/g, '');
  return Number(whole) + (decimals ? Number(`0.${decimals[1]}`) : 0);
}

/** Reads one sum found by `AMOUNT` (in folded text) into a number and a currency. */
export function parseAmount(text: string): Amount | null {
  const number = new RegExp(NUMBER).exec(text);
  if (!number) return null;
  let value = parseNumber(number[0]);
  const rest = text.slice(number.index + number[0].length);
  if (/^\s?(?:mil|k)(?![a-z])/.test(rest) || /lucas/.test(rest)) value *= 1_000;
  if (/^\s?millon/.test(rest)) value *= 1_000_000;
  const currency = currencyOf(text.slice(0, number.index).trim()) ?? currencyOf(rest.trim());
  return Number.isFinite(value) ? { value, currency } : null;
}

/** Every sum of money in a stretch of folded text, in order. */
export function amountsIn(text: string): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(new RegExp(AMOUNT, 'g'))) {
    const amount = parseAmount(m[0]);
    if (amount) out.push(amount);
  }
  return out;
}

/** "al mes", "semanales", "por hora", "anual"… in folded text, as a salary period ("quincena" is half a month). */
export function periodIn(text: string): SalaryPeriod | 'fortnight' | 'year' | null {
  if (/(?<![a-z])(?:por|la|a la|cada|x|\/)\s?hora|por hora|(?<![a-z])hora(?:s)? trabajada|\/h(?![a-z])/.test(text)) return 'hour';
  if (/quincena|quincenal/.test(text)) return 'fortnight';
  if (/semana|semanal/.test(text)) return 'week';
  if (/(?<![a-z])(?:al|por|cada|x|\/)\s?(?:dia|noche|turno|jornada)|diari[oa]s?(?![a-z])/.test(text)) return 'day';
  if (/(?<![a-z])(?:al|por|cada|x|\/)\s?mes|mensual/.test(text)) return 'month';
  if (/(?<![a-z])(?:al|por|cada|x|\/)\s?ano(?![a-z])|anual/.test(text)) return 'year';
  return null;
}
