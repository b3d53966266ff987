import { createRoute, z } from '@hono/zod-openapi';
import { figureMeasures, statsDimensions } from '@solidaria/core';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonContent } from '../auth/json-route';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { csvFileName, figuresCsv } from './csv';
import { coverageFor, publishedFigures } from './figures';
import { statsQuery } from './query';

const cell = z.union([z.number().int(), z.enum(['<5', 'x'])]).openapi({ description: 'A count, "<5" for 1 to 4, or "x" hidden so a small count cannot be worked out from the totals' });
const figuresSchema = z
  .object({
    municipality: z.object({ id: z.number(), name: z.string(), slug: z.string() }).nullable(),
    municipalities: z.array(z.object({ id: z.number(), name: z.string() })),
    from: z.string().openapi({ description: 'First month, YYYY-MM', example: '2025-12' }),
    to: z.string().openapi({ description: 'Last month, YYYY-MM, included', example: '2026-11' }),
    by: z.enum(statsDimensions),
    categories: z.array(z.object({ key: z.string(), label: z.string().openapi({ description: 'The category’s name in the language asked for' }) })),
    figures: z.array(z.object({
      measure: z.enum(figureMeasures),
      currency: z.string().nullable(),
      suppression: z.boolean(),
      total: cell,
      breakdown: z.array(z.object({ key: z.string(), value: cell })).nullable(),
    })),
  })
  .openapi('Figures');

const statsDef = createRoute({
  method: 'get', path: '/stats', summary: 'Officer or admin: the programme’s figures for a municipality and a period of whole months, broken down, with small cells suppressed',
  description: 'Periods are whole calendar months in the municipality’s time zone (several municipalities: each in its own), so that subtracting two periods never isolates a day. A day for `from` or `to` is refused (422, the field says months are the smallest unit).',
  request: { query: statsQuery },
  responses: { 200: { description: 'The figures', content: jsonContent(figuresSchema) }, 404: { description: 'No such municipality' }, ...errorResponses },
});
const exportDef = createRoute({
  method: 'get', path: '/stats/export.csv', summary: 'Officer or admin: the same figures as a CSV file (UTF-8 with BOM), suppression applied',
  description: 'One line per measure and category and one per total: each category’s code and its name in `lang`, with the header row in `lang`. Cells a spreadsheet would read as a formula start with an apostrophe.',
  request: { query: statsQuery },
  responses: { 200: { description: 'The figures as CSV', content: { 'text/csv': { schema: z.string() } } }, 404: { description: 'No such municipality' }, ...errorResponses },
});

export function statsRoutes(services: Services) {
  const { db, clock } = services;
  const figuresFor = async (c: Parameters<typeof requireUser>[0], query: z.infer<typeof statsQuery>, action: string) => {
    const { coverage, refused } = await coverageFor(db, requireUser(c), query.municipality);
    authorize(c, services, !refused, action);
    return publishedFigures(db, coverage, query, clock.now());
  };
  return routeGroup()
    .openapi(statsDef, async (c) => {
      const figures = await figuresFor(c, c.req.valid('query'), 'stats.read');
      c.header('cache-control', 'no-store');
      return c.json(figures, 200);
    })
    .openapi(exportDef, async (c) => {
      const query = c.req.valid('query');
      const figures = await figuresFor(c, query, 'stats.export');
      return c.body(figuresCsv(figures, query.lang), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${csvFileName(figures)}"`,
        'cache-control': 'no-store',
      });
    });
}
