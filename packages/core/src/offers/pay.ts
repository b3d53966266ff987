import type { OfferSalary, SalaryPeriod } from './offer';

/**
 * How many of a period make a month, for comparing pay stated by the hour, day or week:
 * a 48-hour week over 26 working days, as the region's labour codes count it.
 */
const PER_MONTH: Record<SalaryPeriod, number> = { hour: 8 * 26, day: 26, week: 4.33, month: 1 };

/** An amount in minor units per `period`, as minor units per month (rounded). */
export const monthlyMinor = (amountMinor: number, period: SalaryPeriod): number => Math.round(amountMinor * PER_MONTH[period]);

/** The top of an offer's pay per month, or null when it is "to agree". */
export const monthlyMaxMinor = (salary: OfferSalary): number | null =>
  salary.kind === 'range' ? monthlyMinor(salary.maxMinor, salary.period) : null;
