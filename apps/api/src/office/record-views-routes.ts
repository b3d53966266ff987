import { createRoute, z } from '@hono/zod-openapi';
import { recordViewsOf } from '@solidaria/db';
import { requireUser } from '../auth/actor';
import { errorResponses, jsonContent } from '../auth/json-route';
import { routeGroup } from '../route-group';
import type { Services } from '../services';

// The person's side of the office's audit log: who looked at my record and when. The
// officer is named by role and municipality (design: officers act for their office).

const viewSchema = z
  .object({ at: z.string(), role: z.enum(['officer', 'admin']), municipalityId: z.number().nullable() })
  .openapi('RecordView');

const def = createRoute({
  method: 'get', path: '/me/record-views', summary: 'Who at a municipal office looked at my record, and when (newest first)',
  responses: { 200: { description: 'The reads of my record', content: jsonContent(z.object({ views: z.array(viewSchema) })) }, ...errorResponses },
});

const detailsSchema = z.object({ role: z.enum(['officer', 'admin']).catch('officer'), municipalityId: z.number().nullable().catch(null) });

export function recordViewsRoutes({ db }: Services) {
  return routeGroup().openapi(def, async (c) => {
    const actor = requireUser(c);
    const rows = await recordViewsOf(db, actor.userId);
    c.header('cache-control', 'no-store');
    return c.json({ views: rows.map((r) => ({ at: r.at.toISOString(), ...detailsSchema.parse(r.details ?? {}) })) }, 200);
  });
}
