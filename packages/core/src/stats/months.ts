/**
 * The figures' periods are whole calendar months (YYYY-MM), never days: with days, the
 * figures for 1–31 January minus those for 2–31 January would be one day's people, by
 * gender or nationality, with nothing suppressed in the difference. A month is the
 * municipality's (its time zone).
 */

/** A month as the figures take it: YYYY-MM, in the years 1900 to 2999 (dates outside those are typing slips, and break date arithmetic at year 0 or 10000). */
export const MONTH_PATTERN = /^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/;

/** Something shaped like a day (YYYY-MM-DD), which the figures refuse. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Longest period the figures cover at once: five years. */
export const MAX_PERIOD_MONTHS = 60;

const parts = (month: string): [number, number] => month.split('-').map(Number) as [number, number];
const monthIndex = (month: string) => {
  const [year, m] = parts(month);
  return year * 12 + (m - 1);
};
const fromIndex = (index: number) => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The month `n` months after (or before, negative) a month: addMonths('2026-01', -1) is '2025-12'. */
export const addMonths = (month: string, n: number): string => fromIndex(monthIndex(month) + n);

/** How many months a period covers, both ends included (0 or less when it runs backwards). */
export const monthsCovered = (from: string, to: string): number => monthIndex(to) - monthIndex(from) + 1;

/** Every month (YYYY-MM) from `from` to `to`, both included. */
export function monthsOf(from: string, to: string): string[] {
  return Array.from({ length: Math.max(0, monthsCovered(from, to)) }, (_, i) => addMonths(from, i));
}

/** The first day of a month, YYYY-MM-DD. */
export const firstDayOf = (month: string): string => `${month}-01`;

/** The last day of a month, YYYY-MM-DD (29 February in a leap year). */
export function lastDayOf(month: string): string {
  const [year, m] = parts(month);
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

/** What is wrong with a period of months, if anything (in English, for the API's error). */
export function monthPeriodProblem(from: string, to: string): string | null {
  const months = monthsCovered(from, to);
  if (months < 1) return 'The first month must not be after the last.';
  if (months > MAX_PERIOD_MONTHS) return 'A period is at most five years (60 months).';
  return null;
}
