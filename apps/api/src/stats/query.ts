import { z } from '@hono/zod-openapi';
import { MAX_PERIOD_DAYS, statsDimensions } from '@solidaria/core';
import { localMoment } from '../marketplace/local-time';

const DAY_MS = 86_400_000;

/** What is wrong with a period (from and to both YYYY-MM-DD), if anything. */
export function periodProblem(from: string, to: string): string | null {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
  if (days < 0) return 'The start must not be after the end.';
  if (days >= MAX_PERIOD_DAYS) return 'A period is at most five years.';
  return null;
}

/** The figures' parameters, the same for the JSON and the CSV. */
export const statsQuery = z
  .object({
    municipality: z.coerce.number().int().positive().optional().openapi({ description: 'A municipality; without it, all the caller may read' }),
    from: z.iso.date().optional().openapi({ description: 'First day, YYYY-MM-DD, in the municipality’s time zone; default: the first day of the month eleven months before `to`' }),
    to: z.iso.date().optional().openapi({ description: 'Last day, YYYY-MM-DD; default: today in the municipality' }),
    by: z.enum(statsDimensions).default('month'),
    lang: z.enum(['es', 'en']).default('es').openapi({ description: 'Language of the occupation groups’ names' }),
  })
  .superRefine((q, ctx) => {
    const problem = q.from && q.to ? periodProblem(q.from, q.to) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['from'], message: problem });
  });
export type StatsQuery = z.infer<typeof statsQuery>;

/** The period asked for, with the defaults filled in from `today` (YYYY-MM-DD, the municipality's day). */
export function periodOf(query: Pick<StatsQuery, 'from' | 'to'>, today: string): { from: string; to: string } {
  const to = query.to ?? today;
  if (query.from) return { from: query.from, to };
  const end = new Date(`${to}T00:00:00Z`);
  return { from: new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 11, 1)).toISOString().slice(0, 10), to };
}

/** The period as instants, [start, end), from the first day's local midnight to the one after the last day. */
export function periodInstants(period: { from: string; to: string }, timeZone: string) {
  const dayAfter = new Date(Date.parse(`${period.to}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return { start: localMoment(period.from, '00:00', timeZone), end: localMoment(dayAfter, '00:00', timeZone) };
}
