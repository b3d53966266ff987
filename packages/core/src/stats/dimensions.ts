import { genders, populationGroups } from '../profiles/profile';

/** What the office's figures can be broken down by. */
export const statsDimensions = ['month', 'gender', 'ageBand', 'nationality', 'populationGroup', 'iscoGroup'] as const;
export type StatsDimension = (typeof statsDimensions)[number];

/** The category of people, offers or orders whose value was not given. */
export const UNKNOWN = 'unknown';

/** The bands ageBand() gives, youngest first. */
export const ageBands = ['under-18', '18-24', '25-34', '35-44', '45-54', '55+'] as const;

/** ISCO-08 major groups: 1 managers … 9 elementary occupations, 0 armed forces. */
export const iscoMajorGroups = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

/** Longest period the figures cover at once, in days (five years and a leap day). */
export const MAX_PERIOD_DAYS = 5 * 365 + 1;

/** Every month (YYYY-MM) from the month of `from` to the month of `to`, both YYYY-MM-DD. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = to.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/**
 * The categories a breakdown shows, in order, each of them even when nobody is in it,
 * so every measure's breakdown has the same columns. Nationalities are those seen.
 */
export function categoriesOf(by: StatsDimension, period: { from: string; to: string }, nationalitiesSeen: readonly string[] = []): string[] {
  switch (by) {
    case 'month': return monthsOf(period.from, period.to);
    case 'gender': return [...genders, UNKNOWN];
    case 'ageBand': return [...ageBands, UNKNOWN];
    case 'nationality': return [...new Set(nationalitiesSeen)].filter((n) => n !== UNKNOWN).sort().concat(UNKNOWN);
    case 'populationGroup': return [...populationGroups, UNKNOWN];
    case 'iscoGroup': return [...iscoMajorGroups, UNKNOWN];
  }
}

/** The ISCO major group of an ISCO-08 code ("5120" → "5"); unknown without one. */
export const iscoMajorGroup = (code: string | null | undefined): string => (code && /^\d/.test(code) ? code[0] as string : UNKNOWN);
