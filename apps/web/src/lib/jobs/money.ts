import { numberFormat, type OfferSalary } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { salaryPeriodWords } from './words';

// Costa Rica's colón has céntimos in law but none in use; every currency here has two minor digits.
const MINOR_DIGITS = 2;

/** An amount in minor units as people write it in their country's currency (₡450.000, Q3.500, L 9.000, $800). */
export function formatMoney(amountMinor: number, currency: string): string {
  const major = amountMinor / 10 ** MINOR_DIGITS;
  return numberFormat(getLocale() === 'es' ? 'es-CR' : 'en-US', {
    style: 'currency',
    currency,
    maximumFractionDigits: Number.isInteger(major) ? 0 : MINOR_DIGITS,
  }).format(major);
}

/** An offer's pay in one line: "₡380.000 a ₡450.000 por mes", or "Salario a convenir". */
export function formatSalary(salary: OfferSalary, currency: string): string {
  if (salary.kind === 'to_agree') return m.salary_to_agree();
  const period = salaryPeriodWords[salary.period]();
  if (salary.minMinor === salary.maxMinor) return `${formatMoney(salary.maxMinor, currency)} ${period}`;
  return m.salary_range({ min: formatMoney(salary.minMinor, currency), max: formatMoney(salary.maxMinor, currency), period });
}
