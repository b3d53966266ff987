import { statsDimensions, type StatsDimension } from '@solidaria/core';

/** The breakdowns the page offers beside the trend by month. */
export const breakdowns = statsDimensions.filter((d): d is Exclude<StatsDimension, 'month'> => d !== 'month');
export type Breakdown = (typeof breakdowns)[number];

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The figures the address asks for. Values that are not even the right shape are left
 * out (the API's defaults apply); well-formed ones go to the API, which checks them
 * (a period running backwards or too long is its 422, shown beside the form).
 */
export function readFiguresRequest(params: URLSearchParams) {
  const municipality = params.get('municipality') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const by = params.get('by') ?? '';
  return {
    municipality: /^[1-9]\d{0,5}$/.test(municipality) ? municipality : undefined,
    from: isoDate.test(from) ? from : undefined,
    to: isoDate.test(to) ? to : undefined,
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
