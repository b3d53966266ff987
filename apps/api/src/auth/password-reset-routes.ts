import { createRoute, z } from '@hono/zod-openapi';
import { routeGroup } from '../route-group';
import { parseIdentifier, passwordProblem } from '@solidaria/core';
import {
  auditWrite, changePasswordWrites, consumePasswordReset, createPasswordResetWrite, enqueueEmailWrite,
  findUserById, findUserByIdentifier, listGrants,
} from '@solidaria/db';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import type { Services } from '../services';
import { errorResponses, jsonBody, jsonContent } from './json-route';
import { PASSWORD_MESSAGES } from './register-routes';
import { resetConfirmBody, resetRequestBody } from './schemas';
import { limitRate } from './throttle';
import { newToken, tokenHash } from './tokens';

const HOUR = 3_600_000;
export const RESET_TOKEN_MS = 30 * 60_000;

const request = createRoute({
  method: 'post', path: '/auth/password-reset', summary: 'Send a password reset link to the account’s e-mail',
  request: { body: jsonBody(resetRequestBody) },
  responses: { 202: { description: 'Accepted; a link is sent if an account with that e-mail exists', content: jsonContent(z.object({ message: z.string() })) }, ...errorResponses },
});
const confirm = createRoute({
  method: 'post', path: '/auth/password-reset/confirm', summary: 'Set a new password with a reset token',
  request: { body: jsonBody(resetConfirmBody) },
  responses: { 204: { description: 'Password changed; every session ended' }, ...errorResponses },
});

const ACCEPTED =
  'If an account with this e-mail exists, a link to choose a new password is on its way. Accounts with only a phone number are reset in person at the municipal employment office.';

function resetEmail(language: 'es' | 'en', link: string) {
  return language === 'en'
    ? { subject: 'Choose a new password for Solidaria', body: `Someone asked to reset your Solidaria password. If it was you, open this link within 30 minutes:\n\n${link}\n\nIf it was not you, ignore this message; your password stays as it is.` }
    : { subject: 'Elija una nueva contraseña para Solidaria', body: `Alguien pidió restablecer su contraseña de Solidaria. Si fue usted, abra este enlace antes de 30 minutos:\n\n${link}\n\nSi no fue usted, ignore este mensaje; su contraseña no cambia.` };
}

export function passwordResetRoutes(services: Services) {
  const { db, clock, passwords, logger } = services;
  return routeGroup()
    .openapi(request, async (c) => {
      const body = c.req.valid('json');
      const now = clock.now();
      await limitRate(db, `ip:${services.clientAddress(c)}:reset`, 20, HOUR, now);
      const identifier = parseIdentifier(body.identifier, body.country);
      await limitRate(db, `reset:${identifier?.value ?? body.identifier.toLowerCase()}`, 3, HOUR, now);
      const user = identifier ? await findUserByIdentifier(db, identifier) : undefined;
      if (user?.email && !user.disabledAt) {
        const token = newToken();
        const link = `${services.publicOrigin}/reset?token=${encodeURIComponent(token)}`;
        await db.atomic([
          createPasswordResetWrite(db, { userId: user.id, tokenHash: await tokenHash(token), now, expiresAt: new Date(now.getTime() + RESET_TOKEN_MS), issuedBy: null }),
          enqueueEmailWrite(db, { recipient: user.email, ...resetEmail(user.language, link) }, now),
          auditWrite(db, { at: now, actorUserId: null, action: 'password_reset.requested', subjectType: 'user', subjectId: user.id, requestId: c.get('requestId') }),
        ]);
        logger.info({ requestId: c.get('requestId'), userId: user.id }, 'password reset e-mail queued in the outbox');
      }
      return c.json({ message: ACCEPTED }, 202);
    })
    .openapi(confirm, async (c) => {
      const body = c.req.valid('json');
      const now = clock.now();
      await limitRate(db, `ip:${services.clientAddress(c)}:reset-confirm`, 30, HOUR, now);
      const userId = await consumePasswordReset(db, await tokenHash(body.token), now, async (id) => {
        const grants = await listGrants(db, id);
        const problem = passwordProblem(body.password, grants);
        if (problem) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { password: PASSWORD_MESSAGES[problem] });
      });
      if (userId === null) throw new ApiError('UNAUTHENTICATED', 'This link is not valid any more. Ask for a new one.');
      const user = await findUserById(db, userId);
      if (!user) throw new ApiError('UNAUTHENTICATED', 'This link is not valid any more. Ask for a new one.');
      await db.atomic([
        ...changePasswordWrites(db, user.id, await passwords.hash(body.password), null),
        auditWrite(db, { at: now, actorUserId: user.id, action: 'password_reset.completed', subjectType: 'user', subjectId: user.id, requestId: c.get('requestId') }),
      ]);
      return c.body(null, 204);
    });
}
