import { z } from '@hono/zod-openapi';
import { MAX_PERIOD_DAYS, statsDimensions } from '@solidaria/core';

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
    from: z.iso.date().optional().openapi({ description: 'First day (UTC), YYYY-MM-DD; default: the first day of the month eleven months before `to`' }),
    to: z.iso.date().optional().openapi({ description: 'Last day (UTC), YYYY-MM-DD; default: today' }),
    by: z.enum(statsDimensions).default('month'),
    lang: z.enum(['es', 'en']).default('es').openapi({ description: 'Language of the occupation groups’ names' }),
  })
  .superRefine((q, ctx) => {
    const problem = q.from && q.to ? periodProblem(q.from, q.to) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['from'], message: problem });
  });
export type StatsQuery = z.infer<typeof statsQuery>;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The period asked for, with the defaults filled in from today. */
export function periodOf(query: Pick<StatsQuery, 'from' | 'to'>, now: Date): { from: string; to: string } {
  const to = query.to ?? day(now);
  if (query.from) return { from: query.from, to };
  const end = new Date(`${to}T00:00:00Z`);
  return { from: day(new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 11, 1))), to };
}

/** The period as instants: [start, end) in UTC. */
export const periodInstants = (period: { from: string; to: string }) => ({
  start: new Date(`${period.from}T00:00:00Z`),
  end: new Date(Date.parse(`${period.to}T00:00:00Z`) + DAY_MS),
});
