import { createRoute, z } from '@hono/zod-openapi';
import { routeGroup } from '../route-group';
import { municipalitySchema } from '@solidaria/core';
import { listMunicipalities } from '@solidaria/db';
import type { Services } from '../services';

const listSchema = z
  .object({ municipalities: z.array(municipalitySchema) })
  .openapi('MunicipalityList');

const listRoute = createRoute({
  method: 'get',
  path: '/municipalities',
  summary: 'The municipalities Solidaria serves, by country and name',
  responses: {
    200: { description: 'Every municipality', content: { 'application/json': { schema: listSchema } } },
  },
});

export function municipalityRoutes({ db }: Services) {
  return routeGroup().openapi(listRoute, async (c) => {
    c.header('cache-control', 'public, max-age=300');
    return c.json({ municipalities: await listMunicipalities(db) }, 200);
  });
}
