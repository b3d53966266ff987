import { dateTimeFormat, monthName, type FigureMeasure, type StatsDimension } from '@solidaria/core';
import { formatMoney } from '$lib/jobs/money';
import type { ChartRow, ChartValue } from '$lib/charts/chart-data';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

// The figures' words: measures, breakdowns and categories in the page's language, and
// each value as the table writes it ("<5" stays "<5"; a value hidden to protect one is "hidden").

const measureWords: Record<Exclude<FigureMeasure, 'sales'>, () => string> = {
  seekers: m.figures_m_seekers,
  activeProfiles: m.figures_m_active_profiles,
  publishedOffers: m.figures_m_published_offers,
  vacancies: m.figures_m_vacancies,
  applications: m.figures_m_applications,
  placements: m.figures_m_placements,
  followedUp1: () => m.figures_m_followed_up({ months: 1 }),
  stillEmployed1: () => m.figures_m_still_employed({ months: 1 }),
  followedUp3: () => m.figures_m_followed_up({ months: 3 }),
  stillEmployed3: () => m.figures_m_still_employed({ months: 3 }),
  followedUp6: () => m.figures_m_followed_up({ months: 6 }),
  stillEmployed6: () => m.figures_m_still_employed({ months: 6 }),
  enterprises: m.figures_m_enterprises,
  orders: m.figures_m_orders,
};

export const measureName = (measure: FigureMeasure, currency: string | null): string =>
  measure === 'sales' ? m.figures_m_sales({ currency: currency ?? '' }) : measureWords[measure]();

export const dimensionWords: Record<StatsDimension, () => string> = {
  month: m.figures_dim_month,
  gender: m.figures_dim_gender,
  ageBand: m.figures_dim_age_band,
  nationality: m.figures_dim_nationality,
  populationGroup: m.figures_dim_population_group,
  iscoGroup: m.figures_dim_isco_group,
};

const shortMonthName = (month: string) => dateTimeFormat(getLocale(), { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/**
 * A category's name as the API gave it in the page's language (the names the CSV has),
 * but a month short enough for a chart's axis when asked.
 */
const categoryName = (by: StatsDimension, key: string, label: string, style: 'short' | 'long'): string => (by === 'month' && style === 'short' ? shortMonthName(key) : label);

/** A value as the page writes it: a number in the page's language, money in its currency, or its mark. */
export function shownValue(value: ChartValue, currency: string | null): string {
  if (value === '<5') return '<5';
  if (value === 'x') return m.figures_hidden();
  return currency ? formatMoney(value, currency) : new Intl.NumberFormat(getLocale()).format(value);
}

export interface FigureView {
  id: string;
  name: string;
  currency: string | null;
  total: string;
  /** The trend with short month names for the chart, and long ones for its table. */
  trend: ChartRow[] | null;
  trendTable: ChartRow[] | null;
  breakdown: ChartRow[] | null;
  largestTrend: string;
}

type ApiFigure = { measure: FigureMeasure; currency: string | null; total: ChartValue; breakdown: { key: string; value: ChartValue }[] | null };
type ApiFigures = { by: StatsDimension; categories: { key: string; label: string }[]; figures: ApiFigure[] };

const rowsOf = (figures: ApiFigures, figure: ApiFigure | undefined, style: 'short' | 'long'): ChartRow[] | null => {
  if (!figure?.breakdown) return null;
  const labels = new Map(figures.categories.map((c) => [c.key, c.label]));
  return figure.breakdown.map((cell) => ({ key: cell.key, label: categoryName(figures.by, cell.key, labels.get(cell.key) ?? cell.key, style), value: cell.value, shown: shownValue(cell.value, figure.currency) }));
};

/** Each measure with its trend by month and its breakdown, ready for a chart and a table. */
export function figureViews(trend: ApiFigures, breakdown: ApiFigures): FigureView[] {
  return trend.figures.map((figure) => {
    const other = breakdown.figures.find((f) => f.measure === figure.measure && f.currency === figure.currency);
    const trendRows = rowsOf(trend, figure, 'short');
    const largest = Math.max(0, ...(trendRows ?? []).map((r) => (typeof r.value === 'number' ? r.value : 0)));
    return {
      id: `${figure.measure}${figure.currency ? `-${figure.currency}` : ''}`,
      name: measureName(figure.measure, figure.currency),
      currency: figure.currency,
      total: shownValue(figure.total, figure.currency),
      trend: trendRows,
      trendTable: rowsOf(trend, figure, 'long'),
      breakdown: rowsOf(breakdown, other, 'long'),
      largestTrend: shownValue(largest, figure.currency),
    };
  });
}

/** A month (YYYY-MM) of the period as the page's language writes it: "enero de 2026". */
export const periodMonthName = (month: string): string => monthName(month, getLocale());
