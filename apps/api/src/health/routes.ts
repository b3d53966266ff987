import { createRoute, z } from '@hono/zod-openapi';
import { routeGroup } from '../route-group';
import type { Services } from '../services';

const healthSchema = z
  .object({
    status: z.enum(['ok', 'error']),
    db: z.enum(['ok', 'error']),
    search: z.object({ engine: z.enum(['embedded', 'meilisearch']), reachable: z.boolean() }),
  })
  .openapi('Health');

const route = createRoute({
  method: 'get',
  path: '/health',
  summary: 'Whether the API, its database and its search engine can serve',
  responses: {
    200: { description: 'Everything can serve', content: { 'application/json': { schema: healthSchema } } },
    503: { description: 'A part cannot serve', content: { 'application/json': { schema: healthSchema } } },
  },
});

export function healthRoutes({ db, search }: Services) {
  return routeGroup().openapi(route, async (c) => {
    const [dbOk, searchHealth] = await Promise.all([db.ping(), search.health()]);
    const ok = dbOk && searchHealth.ok;
    const body = {
      status: ok ? 'ok' : 'error',
      db: dbOk ? 'ok' : 'error',
      search: { engine: searchHealth.engine, reachable: searchHealth.ok },
    } as const;
    c.header('cache-control', 'no-store');
    return ok ? c.json(body, 200) : c.json(body, 503);
  });
}
