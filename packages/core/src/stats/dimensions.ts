import { genders, populationGroups } from '../profiles/profile';
import { monthsOf } from './months';

/** What the office's figures can be broken down by. */
export const statsDimensions = ['month', 'gender', 'ageBand', 'nationality', 'populationGroup', 'iscoGroup'] as const;
export type StatsDimension = (typeof statsDimensions)[number];

/** The category of people, offers or orders whose value was not given. */
export const UNKNOWN = 'unknown';

/** The bands ageBand() gives, youngest first. */
export const ageBands = ['under-18', '18-24', '25-34', '35-44', '45-54', '55+'] as const;

/** ISCO-08 major groups: 1 managers … 9 elementary occupations, 0 armed forces. */
export const iscoMajorGroups = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

/**
 * The categories a breakdown shows, in order, each of them even when nobody is in it,
 * so every measure's breakdown has the same columns. Nationalities are those seen;
 * `period` is its first and last months (YYYY-MM).
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
