import type { ApiClient } from '$lib/server/api';
import { pageInstead } from '$lib/server/employer';
import { getLocale } from '$lib/paraglide/runtime';
import type { FiguresRequest } from './figures-request';

/**
 * The figures for the page and the report: the trend by month and the chosen breakdown,
 * both already suppressed by the API (the one place suppression is decided). A period
 * the API refuses comes back as `problem`, for the form to say what is wrong.
 */
export async function loadFigures(api: ApiClient, request: FiguresRequest, path: string) {
  const base = { ...(request.municipality ? { municipality: request.municipality } : {}), ...(request.from ? { from: request.from } : {}), ...(request.to ? { to: request.to } : {}), lang: getLocale() };
  const [trendRes, breakdownRes] = await Promise.all([
    api.api.stats.$get({ query: { ...base, by: 'month' } }),
    api.api.stats.$get({ query: { ...base, by: request.by } }),
  ]);
  if ((trendRes.status as number) === 422) return { problem: true as const, trend: null, breakdown: null };
  if (!trendRes.ok) pageInstead(trendRes, path);
  if (!breakdownRes.ok) pageInstead(breakdownRes, path);
  const [trend, breakdown] = await Promise.all([trendRes.json(), breakdownRes.json()]);
  return { problem: false as const, trend, breakdown };
}

export type LoadedFigures = Awaited<ReturnType<typeof loadFigures>>;
