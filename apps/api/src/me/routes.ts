import { createRoute, z } from '@hono/zod-openapi';
import { routeGroup } from '../route-group';
import { passwordProblem } from '@solidaria/core';
import { auditWrite, changePasswordWrites, listSessionsOfUser } from '@solidaria/db';
import { requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { PASSWORD_MESSAGES } from '../auth/register-routes';
import { changePasswordBody, meSchema } from '../auth/schemas';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import type { Services } from '../services';

const sessionSchema = z
  .object({ id: z.number(), createdAt: z.string(), lastSeenAt: z.string(), userAgent: z.string().nullable(), current: z.boolean() })
  .openapi('Session');

const me = createRoute({
  method: 'get', path: '/me', summary: 'The signed-in person',
  responses: { 200: { description: 'The signed-in person', content: jsonContent(z.object({ user: meSchema })) }, ...errorResponses },
});
const sessions = createRoute({
  method: 'get', path: '/me/sessions', summary: 'The signed-in person’s active sessions',
  responses: { 200: { description: 'Active sessions, most recent first', content: jsonContent(z.object({ sessions: z.array(sessionSchema) })) }, ...errorResponses },
});
const password = createRoute({
  method: 'post', path: '/me/password', summary: 'Change the password; every other session ends',
  request: { body: jsonBody(changePasswordBody) },
  responses: { 204: { description: 'Password changed' }, ...errorResponses },
});

export function meRoutes({ db, clock, passwords }: Services) {
  return routeGroup()
    .openapi(me, (c) => {
      const actor = requireUser(c);
      const user = c.get('user')!;
      c.header('cache-control', 'no-store');
      return c.json({
        user: {
          id: user.id, displayName: user.displayName, email: user.email, phone: user.phone,
          language: user.language, municipalityId: user.municipalityId, roles: [...actor.grants],
        },
      }, 200);
    })
    .openapi(sessions, async (c) => {
      const actor = requireUser(c);
      const current = c.get('session')?.id;
      const rows = await listSessionsOfUser(db, actor.userId);
      c.header('cache-control', 'no-store');
      return c.json({
        sessions: rows.map((s) => ({
          id: s.id, createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString(), userAgent: s.userAgent, current: s.id === current,
        })),
      }, 200);
    })
    .openapi(password, async (c) => {
      const actor = requireUser(c);
      const user = c.get('user')!;
      const body = c.req.valid('json');
      if (!(await passwords.verify(user.passwordHash, body.currentPassword))) {
        throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { currentPassword: 'This is not your current password.' });
      }
      const problem = passwordProblem(body.newPassword, actor.grants);
      if (problem) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { newPassword: PASSWORD_MESSAGES[problem] });
      await db.atomic([
        ...changePasswordWrites(db, user.id, await passwords.hash(body.newPassword), c.get('session')?.id ?? null),
        auditWrite(db, { at: clock.now(), actorUserId: user.id, action: 'password.changed', subjectType: 'user', subjectId: user.id, requestId: c.get('requestId') }),
      ]);
      return c.body(null, 204);
    });
}
