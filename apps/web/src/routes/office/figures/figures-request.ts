import { statsDimensions, type StatsDimension } from '@solidaria/core';

/** The breakdowns the page offers beside the trend by month. */
export const breakdowns = statsDimensions.filter((d): d is Exclude<StatsDimension, 'month'> => d !== 'month');
export type Breakdown = (typeof breakdowns)[number];

// Whatever was typed for a month goes to the API, which checks it (a day, a month that
// is not one, a period running backwards or too long: its 422, said on the form); only
// something far too long to be a month is left out, for the API's default.
const typed = (value: string | null) => (value && value.trim().length > 0 && value.length <= 20 ? value.trim() : undefined);

/** The figures the address asks for: a municipality, a period of months (YYYY-MM) and a breakdown. */
export function readFiguresRequest(params: URLSearchParams) {
  const municipality = params.get('municipality') ?? '';
  const by = params.get('by') ?? '';
  return {
    municipality: /^[1-9]\d{0,5}$/.test(municipality) ? municipality : undefined,
    from: typed(params.get('from')),
    to: typed(params.get('to')),
    by: (breakdowns as readonly string[]).includes(by) ? (by as Breakdown) : 'gender',
  };
}

export type FiguresRequest = ReturnType<typeof readFiguresRequest>;

/** The same figures' address elsewhere: the printable report, or the API's CSV in a language. */
export function figuresHref(base: string, request: FiguresRequest, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (request.municipality) params.set('municipality', request.municipality);
  if (request.from) params.set('from', request.from);
  if (request.to) params.set('to', request.to);
  params.set('by', request.by);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return `${base}?${params}`;
}
