import { createRoute, z } from '@hono/zod-openapi';
import { officerScope, profileViewFor, type ProfileViewer } from '@solidaria/core';
import { contactSharedWith, isVerifiedEmployer, loadProfile, organisationsOf } from '@solidaria/db';
import { requireUser } from '../auth/actor';
import { errorResponses, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { personViewWrites } from '../office/person-views';
import { routeGroup } from '../route-group';
import type { Services } from '../services';

const route = createRoute({
  method: 'get', path: '/profiles/{id}', summary: 'A job seeker’s profile, as much of it as the caller may see',
  request: { params: z.object({ id: z.coerce.number().int().positive() }) },
  responses: { 200: { description: 'The view the caller may have', content: jsonContent(z.object({ view: z.any() })) }, 404: { description: 'Nothing the caller may see' }, ...errorResponses },
});

export function profilesRoutes(services: Services) {
  const { db, clock } = services;
  // Shared with one of the employer's organisations: by applying to it, or accepting its request.
  const sharedWithAnyOf = async (employerId: number, personId: number) => {
    for (const organisation of await organisationsOf(db, employerId)) if (await contactSharedWith(db, organisation.id, personId)) return true;
    return false;
  };
  return routeGroup().openapi(route, async (c) => {
    const actor = requireUser(c);
    const { id } = c.req.valid('param');
    const profile = await loadProfile(db, id);
    // A profile the caller may not see answers exactly like one that does not exist.
    if (!profile) throw new ApiError('NOT_FOUND', 'There is nothing to see here.');
    const scope = officerScope(actor);
    const viewer: ProfileViewer =
      actor.userId === id ? { kind: 'owner' }
      : scope === '*' || scope.includes(profile.municipalityId) ? { kind: 'office' }
      : actor.grants.some((g) => g.role === 'employer') ? { kind: 'employer', verified: await isVerifiedEmployer(db, actor.userId), contactShared: await sharedWithAnyOf(actor.userId, id) }
      : { kind: 'other' };
    const view = profileViewFor(profile, viewer, clock.now());
    if (!view) throw new ApiError('NOT_FOUND', 'There is nothing to see here.');
    if (viewer.kind === 'office') {
      await db.atomic(personViewWrites(db, c, actor, [{ userId: id, municipalityId: profile.municipalityId }], clock.now()));
    }
    c.header('cache-control', 'no-store');
    return c.json({ view }, 200);
  });
}
