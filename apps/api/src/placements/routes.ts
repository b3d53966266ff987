import { createRoute, z } from '@hono/zod-openapi';
import { ageBand, officerScope } from '@solidaria/core';
import { auditWrite, createPlacementWrite, findMunicipality, lastPlacementRecordedBy, missingTaxonomyIds } from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { personInScope } from '../office/person-views';
import { routeGroup } from '../route-group';
import type { Services } from '../services';

const placementBody = z
  .object({
    userId: z.number().int().positive().nullable().default(null).openapi({ description: 'The person, when they have an account' }),
    employerName: z.string().trim().min(2).max(120),
    occupationId: z.number().int().positive().nullable().default(null),
    municipalityId: z.number().int().positive(),
    startsOn: z.iso.date(),
  })
  .openapi('Placement');

const def = createRoute({
  method: 'post', path: '/placements', summary: 'Officer: record a person placed in work found outside the platform (for the figures)',
  request: { body: jsonBody(placementBody) },
  responses: { 201: { description: 'Recorded', content: jsonContent(z.object({ recorded: z.literal(true), id: z.number() })) }, 404: { description: 'No such person' }, ...errorResponses },
});

export function placementRoutes(services: Services) {
  const { db, clock } = services;
  return routeGroup().openapi(def, async (c) => {
    const actor = requireUser(c);
    const input = c.req.valid('json');
    const scope = officerScope(actor);
    authorize(c, services, scope === '*' || scope.includes(input.municipalityId), 'placement.create');
    if (!(await findMunicipality(db, input.municipalityId))) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { municipalityId: 'Unknown municipality.' });
    if (input.occupationId && (await missingTaxonomyIds(db, 'occupations', [input.occupationId])).length) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { occupationId: 'Unknown occupation.' });
    // Only a person of the officer's own municipalities: anyone else answers like nobody.
    const profile = input.userId ? (await personInScope(db, actor, input.userId)).profile : null;
    const now = clock.now();
    await db.atomic([
      createPlacementWrite(db, {
        ...input, applicationId: null, organisationId: null, source: 'office',
        gender: profile?.gender ?? null, ageBand: profile ? ageBand(profile.birthDate, now) : null, nationality: profile?.nationality ?? null, populationGroup: profile?.populationGroup ?? null,
        recordedBy: actor.userId, createdAt: now,
      }),
      auditWrite(db, { at: now, actorUserId: actor.userId, action: 'placement.recorded', subjectType: 'user', subjectId: input.userId, requestId: c.get('requestId') }),
    ]);
    const recorded = await lastPlacementRecordedBy(db, actor.userId);
    return c.json({ recorded: true as const, id: recorded?.id ?? 0 }, 201);
  });
}
