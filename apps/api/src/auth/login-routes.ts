import { createRoute } from '@hono/zod-openapi';
import { routeGroup } from '../route-group';
import { parseIdentifier } from '@solidaria/core';
import {
  acceptTotpStepWrite, auditWrite, deleteSessionWrite, deleteSessionsOfUserWrite, findUserByIdentifier, listGrants,
  recordAudit, setTotpSecretWrite,
} from '@solidaria/db';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import type { Services } from '../services';
import { requireUser } from './actor';
import { errorResponses, jsonBody, jsonContent } from './json-route';
import { loginBody, loginResult, totpBody } from './schemas';
import { clearSessionCookie } from './session-cookie';
import { needsTotp, openSession } from './sign-in';
import { limitRate, secretCheckThrottle } from './throttle';
import { acceptedTotpStep, newTotpEnrollment } from './totp';

const FIFTEEN_MINUTES = 15 * 60_000;
const WRONG = 'The e-mail or phone, or the password, is not right.';
// Checked when no account matches, so a wrong identifier takes as long as a wrong password.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$ZmWOWyJPssd0zwo9YspvOg$3UVJgYgKV0Dqsc5AIFWkMWGyhbu1zPLQdrRzHX/TOjU';

const login = createRoute({
  method: 'post', path: '/auth/login', summary: 'Sign in with e-mail or phone and password',
  request: { body: jsonBody(loginBody) },
  responses: { 200: { description: 'Signed in, or a TOTP code is needed', content: jsonContent(loginResult) }, ...errorResponses },
});
const totp = createRoute({
  method: 'post', path: '/auth/totp', summary: 'Confirm the authenticator code (officers and admins)',
  request: { body: jsonBody(totpBody) },
  responses: { 200: { description: 'Signed in', content: jsonContent(loginResult) }, ...errorResponses },
});
const logout = createRoute({
  method: 'post', path: '/auth/logout', summary: 'End this session',
  responses: { 204: { description: 'Signed out' } },
});
const logoutAll = createRoute({
  method: 'post', path: '/auth/logout-all', summary: 'End every session of the signed-in person',
  responses: { 204: { description: 'Signed out everywhere' }, ...errorResponses },
});

export function loginRoutes(services: Services) {
  const { db, clock, passwords } = services;
  return routeGroup()
    .openapi(login, async (c) => {
      const body = c.req.valid('json');
      const now = clock.now();
      await limitRate(db, `ip:${services.clientAddress(c)}:login`, 100, FIFTEEN_MINUTES, now);
      const identifier = parseIdentifier(body.identifier, body.country);
      const throttle = secretCheckThrottle(db, `login:${identifier?.value ?? body.identifier.toLowerCase()}`);
      await throttle.beforeCheck(now);

      const user = identifier ? await findUserByIdentifier(db, identifier) : undefined;
      const matches = await passwords.verify(user?.passwordHash ?? DUMMY_HASH, body.password);
      if (!user || !matches || user.disabledAt) {
        await throttle.failed(now);
        await recordAudit(db, { at: now, actorUserId: null, action: 'login.failed', subjectType: 'user', subjectId: user?.id ?? null, requestId: c.get('requestId') });
        throw new ApiError('UNAUTHENTICATED', WRONG);
      }
      await throttle.succeeded();
      const grants = await listGrants(db, user.id);
      if (!needsTotp(grants)) {
        await openSession(c, services, { id: user.id, grants }, false);
        return c.json({ status: 'signed_in' as const }, 200);
      }
      // First sign-in of an officer or admin without an authenticator: show the secret once.
      const enrollment = user.totpConfirmedAt ? undefined : newTotpEnrollment(user.email ?? user.phone ?? `user ${user.id}`);
      await openSession(c, services, { id: user.id, grants }, true, enrollment ? [setTotpSecretWrite(db, user.id, enrollment.secret)] : []);
      return c.json({ status: 'totp_required' as const, ...(enrollment ? { totpEnrollment: enrollment } : {}) }, 200);
    })
    .openapi(totp, async (c) => {
      const session = c.get('session');
      const user = c.get('user');
      if (!session?.totpPending || !user?.totpSecret) throw new ApiError('UNAUTHENTICATED', 'Sign in with your password first.');
      const now = clock.now();
      const throttle = secretCheckThrottle(db, `totp:${user.id}`);
      await throttle.beforeCheck(now);
      const step = acceptedTotpStep(user.totpSecret, c.req.valid('json').code, now, user.totpLastStep);
      if (step === null) {
        await throttle.failed(now);
        await recordAudit(db, { at: now, actorUserId: null, action: 'login.totp_failed', subjectType: 'user', subjectId: user.id, requestId: c.get('requestId') });
        throw new ApiError('UNAUTHENTICATED', 'The code is not right.');
      }
      await throttle.succeeded();
      const grants = await listGrants(db, user.id);
      // The password-only session is spent; the full one gets a new token.
      await openSession(c, services, { id: user.id, grants }, false, [
        deleteSessionWrite(db, session.id),
        acceptTotpStepWrite(db, user.id, step, now),
      ]);
      return c.json({ status: 'signed_in' as const }, 200);
    })
    .openapi(logout, async (c) => {
      const session = c.get('session');
      if (session) {
        await db.atomic([
          deleteSessionWrite(db, session.id),
          auditWrite(db, { at: clock.now(), actorUserId: session.userId, action: 'session.ended', subjectType: 'session', subjectId: session.id, requestId: c.get('requestId') }),
        ]);
      }
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(logoutAll, async (c) => {
      const actor = requireUser(c);
      await db.atomic([
        deleteSessionsOfUserWrite(db, actor.userId),
        auditWrite(db, { at: clock.now(), actorUserId: actor.userId, action: 'session.ended_all', subjectType: 'user', subjectId: actor.userId, requestId: c.get('requestId') }),
      ]);
      clearSessionCookie(c);
      return c.body(null, 204);
    });
}
