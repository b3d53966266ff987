import { createRoute, z } from '@hono/zod-openapi';
import { routeGroup } from '../route-group';
import { canResetPasswordInPerson } from '@solidaria/core';
import { auditWrite, createPasswordResetWrite, findUserById, listGrants } from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonContent } from '../auth/json-route';
import { RESET_TOKEN_MS } from '../auth/password-reset-routes';
import { newToken, tokenHash } from '../auth/tokens';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import type { Services } from '../services';

const route = createRoute({
  method: 'post', path: '/office/users/{id}/password-reset',
  summary: 'Issue a one-time reset code, in person, for someone of the officer’s municipality',
  request: { params: z.object({ id: z.coerce.number().int().positive() }) },
  responses: {
    201: { description: 'A code for the person to choose a new password with, valid 30 minutes', content: jsonContent(z.object({ code: z.string(), expiresAt: z.string() })) },
    404: { description: 'No such person' },
    ...errorResponses,
  },
});

export function officeRoutes(services: Services) {
  const { db, clock } = services;
  return routeGroup().openapi(route, async (c) => {
    const actor = requireUser(c);
    const { id } = c.req.valid('param');
    const person = await findUserById(db, id);
    // An officer of another municipality learns nothing, not even that the person exists.
    const allowed = person ? canResetPasswordInPerson(actor, { municipalityId: person.municipalityId, grants: await listGrants(db, id) }) : false;
    if (!person && actor.grants.some((g) => g.role === 'admin')) throw new ApiError('NOT_FOUND', 'There is no such person.');
    authorize(c, services, allowed, 'password_reset.in_person');
    const now = clock.now();
    const code = newToken();
    const expiresAt = new Date(now.getTime() + RESET_TOKEN_MS);
    await db.atomic([
      createPasswordResetWrite(db, { userId: id, tokenHash: await tokenHash(code), now, expiresAt, issuedBy: actor.userId }),
      auditWrite(db, { at: now, actorUserId: actor.userId, action: 'password_reset.in_person', subjectType: 'user', subjectId: id, requestId: c.get('requestId') }),
    ]);
    c.header('cache-control', 'no-store');
    return c.json({ code, expiresAt: expiresAt.toISOString() }, 201);
  });
}
