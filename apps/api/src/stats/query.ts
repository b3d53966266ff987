import { z } from '@hono/zod-openapi';
import { addMonths, DAY_PATTERN, firstDayOf, MONTH_PATTERN, monthPeriodProblem, statsDimensions } from '@solidaria/core';
import { localMoment } from '../marketplace/local-time';

/** Why a day is refused: said in the error, so whoever asked knows what to send instead. */
export const MONTHS_ONLY = 'Months are the smallest unit: give a month as YYYY-MM (for example 2026-01), not a day, so that nobody can be singled out by comparing periods.';

const month = (description: string) =>
  z
    .string()
    .refine((value) => !DAY_PATTERN.test(value), { message: MONTHS_ONLY, abort: true })
    .regex(MONTH_PATTERN, 'A month as YYYY-MM between 1900-01 and 2999-12, for example 2026-01.')
    .optional()
    .openapi({ description, example: '2026-01' });

/** The figures' parameters, the same for the JSON and the CSV. Periods are whole months: see core's months.ts. */
export const statsQuery = z
  .object({
    municipality: z.coerce.number().int().positive().optional().openapi({ description: 'A municipality; without it, all the caller may read' }),
    from: month('First month, YYYY-MM, in the municipality’s time zone (months are the smallest unit: a day is refused with 422); default: eleven months before `to`'),
    to: month('Last month, YYYY-MM, included; default: the current month in the municipality. A period is at most 60 months'),
    by: z.enum(statsDimensions).default('month'),
    lang: z.enum(['es', 'en']).default('es').openapi({ description: 'Language of the categories’ names (JSON labels, CSV names and header)' }),
  })
  .superRefine((q, ctx) => {
    const problem = q.from && q.to ? monthPeriodProblem(q.from, q.to) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['from'], message: problem });
  });
export type StatsQuery = z.infer<typeof statsQuery>;

/** A period of whole months, first and last included (YYYY-MM). */
export interface MonthPeriod {
  from: string;
  to: string;
}

/** The period asked for, with the defaults filled in from `today` (YYYY-MM-DD, the municipality's day): the twelve months ending with this one. */
export function periodOf(query: Pick<StatsQuery, 'from' | 'to'>, today: string): MonthPeriod {
  const to = query.to ?? today.slice(0, 7);
  return { from: query.from ?? addMonths(to, -11), to };
}

/** The period as instants in a time zone, [start, end): from the first month's first local midnight to the next month's after the last. */
export function periodInstants(period: MonthPeriod, timeZone: string) {
  return { start: localMoment(firstDayOf(period.from), '00:00', timeZone), end: localMoment(firstDayOf(addMonths(period.to, 1)), '00:00', timeZone) };
}
