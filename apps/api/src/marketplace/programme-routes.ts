import { createRoute, z } from '@hono/zod-openapi';
import { canDecideProgramme, canRequestProgramme, officerScope, programmeDecisionSchema } from '@solidaria/core';
import { auditWrite, decideProgrammeWrite, findEnterprise, findMunicipality, programmeRequests, requestProgrammeWrite } from '@solidaria/db';
import { enterpriseDocument } from '@solidaria/search';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { allProductsOf, enterpriseWithProgramme, ownEnterprise } from './enterprise-views';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const standingOut = z.object({ enterprise: z.any() }).openapi('EnterpriseProgramme');

const requestDef = createRoute({
  method: 'post', path: '/enterprises/{id}/programme-request', summary: 'Its vendors ask the municipal office to take the enterprise into the municipal programme',
  request: { params: idParam },
  responses: { 200: { description: 'The enterprise, its request pending', content: jsonContent(standingOut) }, 404: { description: 'No such enterprise' }, 409: { description: 'Already in the programme or already asked' }, ...errorResponses },
});
const queueDef = createRoute({
  method: 'get', path: '/office/enterprise-requests', summary: 'Officer: enterprises of my municipalities asking to join the municipal programme, oldest request first',
  responses: { 200: { description: 'The queue', content: jsonContent(z.object({ enterprises: z.array(z.unknown()) })) }, ...errorResponses },
});
const fileDef = createRoute({
  method: 'get', path: '/office/enterprises/{id}', summary: 'Officer: an enterprise of my municipalities with its programme standing and products, to decide on',
  request: { params: idParam },
  responses: { 200: { description: 'The enterprise', content: jsonContent(z.object({ enterprise: z.any(), products: z.array(z.unknown()) })) }, 404: { description: 'No such enterprise in my municipalities' }, ...errorResponses },
});
const decideDef = createRoute({
  method: 'post', path: '/enterprises/{id}/programme', summary: 'Officer of its municipality: take the enterprise into the municipal programme, refuse its request, or take it out, with the reason (logged)',
  request: { params: idParam, body: jsonBody(programmeDecisionSchema) },
  responses: { 200: { description: 'The enterprise after the decision', content: jsonContent(standingOut) }, 404: { description: 'No such enterprise' }, 409: { description: 'The decision does not fit where it stands' }, ...errorResponses },
});

export function programmeRoutes(services: Services) {
  const { db, clock, search } = services;
  /** The officer's municipalities ('*' for an admin); anyone else is refused. */
  const scopeOf = (c: Parameters<typeof requireUser>[0], action: string) => {
    const scope = officerScope(requireUser(c));
    authorize(c, services, scope === '*' || scope.length > 0, action);
    return scope;
  };
  const inScope = (scope: '*' | number[], municipalityId: number) => scope === '*' || scope.includes(municipalityId);
  return routeGroup()
    .openapi(requestDef, async (c) => {
      const { actor, enterprise } = await ownEnterprise(c, services, c.req.valid('param').id, 'enterprise.programme_request');
      if (!canRequestProgramme(enterprise)) throw new ApiError('CONFLICT', enterprise.programme ? 'The enterprise is already in the programme.' : 'The office has the request already.');
      const now = clock.now();
      await db.atomic([
        requestProgrammeWrite(db, enterprise.id, now),
        auditWrite(db, { at: now, actorUserId: actor.userId, action: 'enterprise.programme_requested', subjectType: 'enterprise', subjectId: enterprise.id, requestId: c.get('requestId') }),
      ]);
      c.header('cache-control', 'no-store');
      return c.json({ enterprise: enterpriseWithProgramme((await findEnterprise(db, { id: enterprise.id }))!) }, 200);
    })
    .openapi(queueDef, async (c) => {
      const scope = scopeOf(c, 'office.enterprise_requests');
      c.header('cache-control', 'no-store');
      return c.json({ enterprises: (await programmeRequests(db, scope)).map(enterpriseWithProgramme) }, 200);
    })
    .openapi(fileDef, async (c) => {
      const scope = scopeOf(c, 'office.enterprise');
      const enterprise = await findEnterprise(db, { id: c.req.valid('param').id });
      // Another municipality's enterprise answers like one that does not exist.
      if (!enterprise || !inScope(scope, enterprise.municipalityId)) throw new ApiError('NOT_FOUND', 'There is no such enterprise in your municipalities.');
      c.header('cache-control', 'no-store');
      return c.json({ enterprise: { ...enterpriseWithProgramme(enterprise), municipalityName: (await findMunicipality(db, enterprise.municipalityId))?.name ?? '' }, products: await allProductsOf(db, enterprise.id) }, 200);
    })
    .openapi(decideDef, async (c) => {
      const actor = requireUser(c);
      const enterprise = await findEnterprise(db, { id: c.req.valid('param').id });
      if (!enterprise) throw new ApiError('NOT_FOUND', 'There is no such enterprise.');
      authorize(c, services, inScope(officerScope(actor), enterprise.municipalityId), 'enterprise.programme_decide');
      const { decision, reason } = c.req.valid('json');
      if (!canDecideProgramme(enterprise, decision)) throw new ApiError('CONFLICT', `The decision "${decision}" does not fit an enterprise ${enterprise.programme ? 'in' : 'out of'} the programme.`);
      const programme = decision === 'join';
      const now = clock.now();
      await db.atomic([
        decideProgrammeWrite(db, enterprise.id, programme, reason),
        ...search.upsertWrites('enterprises', [await enterpriseDocument(db, { ...enterprise, programme })]),
        auditWrite(db, {
          at: now, actorUserId: actor.userId, action: `enterprise.programme_${decision}`, subjectType: 'enterprise', subjectId: enterprise.id,
          requestId: c.get('requestId'), details: { reason, before: enterprise.programme, requested: enterprise.programmeRequestedAt !== null },
        }),
      ]);
      c.header('cache-control', 'no-store');
      return c.json({ enterprise: enterpriseWithProgramme((await findEnterprise(db, { id: enterprise.id }))!) }, 200);
    });
}
