import type { StatsDimension } from './dimensions';
import { UNKNOWN } from './dimensions';
import { publish, suppressBreakdown, suppressionPattern, type Published } from './suppression';

/** Measures counted one row per person, offer or enterprise (vacancies: summed). */
export const countedMeasures = ['seekers', 'activeProfiles', 'publishedOffers', 'vacancies', 'applications', 'placements', 'enterprises'] as const;
export type CountedMeasure = (typeof countedMeasures)[number];

export const followUpMonths = [1, 3, 6] as const;
export type FollowUpMonths = (typeof followUpMonths)[number];

export const figureMeasures = [
  'seekers', 'activeProfiles', 'publishedOffers', 'vacancies', 'applications', 'placements', 'followedUp1', 'stillEmployed1', 'followedUp3', 'stillEmployed3', 'followedUp6', 'stillEmployed6', 'enterprises', 'orders', 'sales',
] as const;
export type FigureMeasure = (typeof figureMeasures)[number];

/**
 * Offers and vacancies are an employer's public announcements, not people: published
 * as counted. Everything else counts people (an enterprise is usually one family; an
 * order is one buyer and one vendor) and goes through suppression.
 */
export const peopleMeasure = (measure: FigureMeasure) => measure !== 'publishedOffers' && measure !== 'vacancies';

/** The breakdowns each measure has; any other gives its total alone. */
export const measureDimensions: Record<CountedMeasure | 'followUps' | 'orders', readonly StatsDimension[]> = {
  seekers: ['month', 'gender', 'ageBand', 'nationality', 'populationGroup'],
  activeProfiles: ['gender', 'ageBand', 'nationality', 'populationGroup'],
  publishedOffers: ['month', 'iscoGroup'],
  vacancies: ['month', 'iscoGroup'],
  applications: ['month', 'gender', 'ageBand', 'nationality', 'populationGroup', 'iscoGroup'],
  placements: ['month', 'gender', 'ageBand', 'nationality', 'populationGroup', 'iscoGroup'],
  followUps: ['month', 'gender', 'ageBand', 'nationality', 'populationGroup', 'iscoGroup'],
  enterprises: ['month'],
  orders: ['month'],
};

/** One row behind a measure: its category for the chosen breakdown (null: not given). */
export interface Unit {
  category: string | null;
  /** What the row adds: 1, or an offer's vacancies. */
  weight?: number;
}

export interface FiguresInput {
  by: StatsDimension;
  /** The breakdown's categories, in order (see categoriesOf). */
  categories: readonly string[];
  counted: Record<CountedMeasure, readonly Unit[]>;
  followUps: readonly (Unit & { months: FollowUpMonths; stillEmployed: boolean })[];
  /** Orders that were paid for (any later state but cancelled or refunded), totals in minor units. */
  orders: readonly (Unit & { currency: string; totalMinor: number })[];
}

export interface Figure {
  measure: FigureMeasure;
  /** Sales only: amounts in this currency's minor unit (currencies are never added up). */
  currency: string | null;
  /** Whether small-cell suppression applies (counts of people, and sales by their orders). */
  suppression: boolean;
  total: Published;
  breakdown: { key: string; value: Published }[] | null;
}

/** Adds rows up per category, unknown for a category not given (or not listed). */
function tally<U extends Unit>(units: readonly U[], categories: readonly string[], value: (u: U) => number = (u) => u.weight ?? 1): number[] {
  const index = new Map(categories.map((key, i) => [key, i]));
  const counts = categories.map(() => 0);
  const unknown = index.get(UNKNOWN);
  for (const unit of units) {
    const at = index.get(unit.category ?? UNKNOWN) ?? unknown;
    if (at !== undefined) counts[at] = (counts[at] as number) + value(unit);
  }
  return counts;
}

const columnsFor = (measure: keyof typeof measureDimensions, input: FiguresInput) => (measureDimensions[measure].includes(input.by) ? input.categories : null);
const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);

function countedFigure(measure: CountedMeasure, input: FiguresInput): Figure {
  const categories = columnsFor(measure, input);
  const counts = categories ? tally(input.counted[measure], categories) : [sum(input.counted[measure].map((u) => u.weight ?? 1))];
  const suppression = peopleMeasure(measure);
  const published = suppression ? suppressBreakdown(counts) : { values: counts, total: sum(counts) };
  return { measure, currency: null, suppression, total: published.total, breakdown: categories ? categories.map((key, i) => ({ key, value: published.values[i] as Published })) : null };
}

/** Retention at a follow-up: still employed and not, per category, suppressed as one table. */
function retentionFigures(months: FollowUpMonths, input: FiguresInput): Figure[] {
  const categories = columnsFor('followUps', input);
  const units = input.followUps.filter((f) => f.months === months).map((f) => ({ ...f, category: categories ? f.category : 'all' }));
  const columns = categories ?? ['all'];
  const still = tally(units.filter((u) => u.stillEmployed), columns);
  const notStill = tally(units.filter((u) => !u.stillEmployed), columns);
  const pattern = suppressionPattern([still, notStill]);
  const followed = columns.map((_, c) => (still[c] as number) + (notStill[c] as number));
  const figure = (measure: FigureMeasure, values: Published[], total: Published): Figure => ({
    measure, currency: null, suppression: true, total, breakdown: categories ? categories.map((key, i) => ({ key, value: values[i] as Published })) : null,
  });
  return [
    figure(`followedUp${months}`, followed.map((n, c) => publish(n, pattern.columnTotals[c] as boolean)), publish(sum(followed), pattern.total)),
    figure(`stillEmployed${months}`, still.map((n, c) => publish(n, pattern.cells[0]?.[c] as boolean)), publish(sum(still), pattern.rowTotals[0] as boolean)),
  ];
}

/**
 * Orders and sales: a table of order counts (currency × category) suppressed as one,
 * so the orders' totals cannot reveal a currency's small cell; a sales amount is hidden
 * ("x") wherever the count of orders behind it is.
 */
function orderFigures(input: FiguresInput): Figure[] {
  const categories = columnsFor('orders', input);
  const columns = categories ?? ['all'];
  const units = input.orders.map((o) => ({ ...o, category: categories ? o.category : 'all' }));
  const currencies = [...new Set(units.map((o) => o.currency))].sort();
  const rows = currencies.length > 0 ? currencies : ['none'];
  const counts = rows.map((currency) => tally(units.filter((o) => o.currency === currency), columns));
  const pattern = suppressionPattern(counts);
  const perColumn = columns.map((_, c) => sum(counts.map((row) => row[c] as number)));
  const breakdown = (values: Published[]) => (categories ? categories.map((key, i) => ({ key, value: values[i] as Published })) : null);
  const hideAmount = (amount: number, hidden: boolean): Published => (hidden ? 'x' : amount);
  return [
    { measure: 'orders', currency: null, suppression: true, total: publish(sum(perColumn), pattern.total), breakdown: breakdown(perColumn.map((n, c) => publish(n, pattern.columnTotals[c] as boolean))) },
    ...currencies.map((currency, r): Figure => {
      const amounts = tally(units.filter((o) => o.currency === currency), columns, (o) => o.totalMinor);
      return {
        measure: 'sales', currency, suppression: true,
        total: hideAmount(sum(amounts), pattern.rowTotals[r] as boolean),
        breakdown: breakdown(amounts.map((amount, c) => hideAmount(amount, pattern.cells[r]?.[c] as boolean))),
      };
    }),
  ];
}

/** Every measure's figure for one breakdown, with suppression applied: what the API, pages and CSV publish. */
export function buildFigures(input: FiguresInput): Figure[] {
  const counted = (measure: CountedMeasure) => countedFigure(measure, input);
  return [
    ...(['seekers', 'activeProfiles', 'publishedOffers', 'vacancies', 'applications', 'placements'] as const).map(counted),
    ...followUpMonths.flatMap((months) => retentionFigures(months, input)),
    counted('enterprises'),
    ...orderFigures(input),
  ];
}
