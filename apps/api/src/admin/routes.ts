import { createRoute, z } from '@hono/zod-openapi';
import { routeGroup } from '../route-group';
import { canGrantRoles, privilegedRoles, type RoleGrant } from '@solidaria/core';
import {
  auditWrite, deleteSessionsOfUserWrite, disableUserWrite, findUserById, grantRoleWrite, listGrants, revokeRoleWrite, type Write,
} from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { grantSchema } from '../auth/schemas';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import type { Services } from '../services';

const userParams = z.object({ id: z.coerce.number().int().positive() });
const rolesBody = z
  .object({ grant: z.array(grantSchema).max(10).default([]), revoke: z.array(grantSchema).max(10).default([]) })
  .refine((b) => b.grant.length + b.revoke.length > 0, { message: 'Name a role to grant or revoke.' })
  .openapi('RoleChange');

const roles = createRoute({
  method: 'post', path: '/admin/users/{id}/roles', summary: 'Grant or revoke roles (admins only)',
  request: { params: userParams, body: jsonBody(rolesBody) },
  responses: { 200: { description: 'The person’s roles now', content: jsonContent(z.object({ roles: z.array(grantSchema) })) }, 404: { description: 'No such person' }, ...errorResponses },
});
const disable = createRoute({
  method: 'post', path: '/admin/users/{id}/disable', summary: 'Disable an account and end its sessions (admins only)',
  request: { params: userParams },
  responses: { 204: { description: 'Disabled' }, 404: { description: 'No such person' }, ...errorResponses },
});

const officerNeedsMunicipality = (g: RoleGrant) => (g.role === 'officer') === (g.municipalityId !== null);

export function adminRoutes(services: Services) {
  const { db, clock } = services;
  return routeGroup()
    .openapi(roles, async (c) => {
      const actor = requireUser(c);
      authorize(c, services, canGrantRoles(actor), 'roles.change');
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      if (![...body.grant, ...body.revoke].every(officerNeedsMunicipality)) {
        throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { municipalityId: 'An officer role needs a municipality; other roles take none.' });
      }
      if (!(await findUserById(db, id))) throw new ApiError('NOT_FOUND', 'There is no such person.');
      const now = clock.now();
      const audit = (action: string, g: RoleGrant): Write =>
        auditWrite(db, { at: now, actorUserId: actor.userId, action, subjectType: 'user', subjectId: id, requestId: c.get('requestId'), details: { ...g } });
      const gainsPrivilege = body.grant.some((g) => (privilegedRoles as readonly string[]).includes(g.role));
      const writes: Write[] = [
        ...body.grant.flatMap((g) => [grantRoleWrite(db, id, g, actor.userId, now), audit('role.granted', g)]),
        ...body.revoke.flatMap((g) => [revokeRoleWrite(db, id, g), audit('role.revoked', g)]),
        // New reach needs the stronger sign-in (TOTP): the person signs in again.
        ...(gainsPrivilege ? [deleteSessionsOfUserWrite(db, id)] : []),
      ];
      await db.atomic(writes);
      return c.json({ roles: await listGrants(db, id) }, 200);
    })
    .openapi(disable, async (c) => {
      const actor = requireUser(c);
      authorize(c, services, canGrantRoles(actor), 'user.disable');
      const { id } = c.req.valid('param');
      if (!(await findUserById(db, id))) throw new ApiError('NOT_FOUND', 'There is no such person.');
      const now = clock.now();
      await db.atomic([
        disableUserWrite(db, id, now),
        deleteSessionsOfUserWrite(db, id),
        auditWrite(db, { at: now, actorUserId: actor.userId, action: 'user.disabled', subjectType: 'user', subjectId: id, requestId: c.get('requestId') }),
      ]);
      return c.body(null, 204);
    });
}
