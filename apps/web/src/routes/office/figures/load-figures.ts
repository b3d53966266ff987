import { DAY_PATTERN, MONTH_PATTERN } from '@solidaria/core';
import { problemFrom } from '$lib/server/api-errors';
import type { ApiClient } from '$lib/server/api';
import { pageInstead } from '$lib/server/employer';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { FiguresRequest } from './figures-request';

/** What the form says beside a month the API refused: why, in the page's language. */
export type MonthProblems = Partial<Record<'from' | 'to', string>>;

const monthProblem = (typed: string | undefined): string => {
  if (typed && DAY_PATTERN.test(typed)) return m.figures_problem_day();
  if (typed && !MONTH_PATTERN.test(typed)) return m.figures_problem_month();
  return m.figures_problem();
};

/**
 * The figures for the page and the report: the trend by month and the chosen breakdown,
 * both already suppressed by the API (the one place suppression is decided). Months the
 * API refuses come back as `problem`, one message per field it named, for the form.
 */
export async function loadFigures(api: ApiClient, request: FiguresRequest, path: string) {
  const base = { ...(request.municipality ? { municipality: request.municipality } : {}), ...(request.from ? { from: request.from } : {}), ...(request.to ? { to: request.to } : {}), lang: getLocale() };
  const [trendRes, breakdownRes] = await Promise.all([
    api.api.stats.$get({ query: { ...base, by: 'month' } }),
    api.api.stats.$get({ query: { ...base, by: request.by } }),
  ]);
  if ((trendRes.status as number) === 422) {
    const { fields } = await problemFrom(trendRes, { fields: { from: monthProblem(request.from), to: monthProblem(request.to) } });
    const problem: MonthProblems = { ...(fields.from ? { from: fields.from } : {}), ...(fields.to ? { to: fields.to } : {}) };
    return { problem: Object.keys(problem).length > 0 ? problem : { from: m.figures_problem() }, trend: null, breakdown: null };
  }
  if (!trendRes.ok) pageInstead(trendRes, path);
  if (!breakdownRes.ok) pageInstead(breakdownRes, path);
  const [trend, breakdown] = await Promise.all([trendRes.json(), breakdownRes.json()]);
  return { problem: null, trend, breakdown };
}

export type LoadedFigures = Awaited<ReturnType<typeof loadFigures>>;
