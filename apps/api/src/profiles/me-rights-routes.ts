import { createRoute, z } from '@hono/zod-openapi';
import { auditWrite, eraseUserWrites, grantConsentWrite, listConsents, personalData, withdrawConsentWrite } from '@solidaria/db';
import { requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { clearSessionCookie } from '../auth/session-cookie';
import { ApiError } from '../errors';
import { routeGroup } from '../route-group';
import type { Services } from '../services';

/** What a person may agree to; using Solidaria never depends on any of them. */
export const consentPurposes = ['share_profile_with_employers', 'contact_by_employers', 'assisted_registration'] as const;
export const NOTICE_VERSION = '2026-11';

const consentSchema = z.object({
  id: z.number(), userId: z.number(), purpose: z.string(), noticeVersion: z.string(),
  grantedAt: z.string(), withdrawnAt: z.string().nullable(), recordedBy: z.number().nullable(),
}).openapi('Consent');
const consentBody = z.object({ purpose: z.enum(consentPurposes), granted: z.boolean(), noticeVersion: z.string().max(20).default(NOTICE_VERSION) }).openapi('ConsentChange');
const eraseBody = z.object({ password: z.string().min(1).max(1024) }).openapi('EraseAccount');

const exportRoute = createRoute({ method: 'get', path: '/me/export', summary: 'Download everything Solidaria holds about me (JSON)', responses: { 200: { description: 'My data', content: jsonContent(z.object({}).passthrough()) }, ...errorResponses } });
const eraseRoute = createRoute({
  method: 'delete', path: '/me', summary: 'Delete my account and everything personal about me, at once',
  request: { body: jsonBody(eraseBody) }, responses: { 204: { description: 'Erased' }, ...errorResponses },
});
const consentsRoute = createRoute({ method: 'get', path: '/me/consents', summary: 'What I agreed to, and when', responses: { 200: { description: 'Consents, newest first', content: jsonContent(z.object({ consents: z.array(consentSchema) })) }, ...errorResponses } });
const consentRoute = createRoute({
  method: 'post', path: '/me/consents', summary: 'Agree to, or withdraw, one use of my data',
  request: { body: jsonBody(consentBody) }, responses: { 200: { description: 'Consents now', content: jsonContent(z.object({ consents: z.array(consentSchema) })) }, ...errorResponses },
});

export function meRightsRoutes(services: Services) {
  const { db, clock, passwords, search } = services;
  return routeGroup()
    .openapi(exportRoute, async (c) => {
      const actor = requireUser(c);
      c.header('cache-control', 'no-store');
      c.header('content-disposition', 'attachment; filename="solidaria-my-data.json"');
      return c.json({ exportedAt: clock.now().toISOString(), ...(await personalData(db, actor.userId)) }, 200);
    })
    .openapi(eraseRoute, async (c) => {
      const actor = requireUser(c);
      const user = c.get('user')!;
      if (!(await passwords.verify(user.passwordHash, c.req.valid('json').password))) {
        throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { password: 'This is not your password.' });
      }
      await db.atomic([
        ...search.deleteWrites('profiles', [actor.userId]),
        ...eraseUserWrites(db, user),
        // The record keeps only that an account number was erased, nothing about the person.
        auditWrite(db, { at: clock.now(), actorUserId: null, action: 'account.erased', subjectType: 'user', subjectId: actor.userId, requestId: c.get('requestId') }),
      ]);
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(consentsRoute, async (c) => {
      const actor = requireUser(c);
      return c.json({ consents: await listConsents(db, actor.userId) }, 200);
    })
    .openapi(consentRoute, async (c) => {
      const actor = requireUser(c);
      const body = c.req.valid('json');
      const now = clock.now();
      await db.atomic([
        body.granted
          ? grantConsentWrite(db, { userId: actor.userId, purpose: body.purpose, noticeVersion: body.noticeVersion, now })
          : withdrawConsentWrite(db, actor.userId, body.purpose, now),
        auditWrite(db, { at: now, actorUserId: actor.userId, action: body.granted ? 'consent.granted' : 'consent.withdrawn', subjectType: 'user', subjectId: actor.userId, requestId: c.get('requestId'), details: { purpose: body.purpose } }),
      ]);
      return c.json({ consents: await listConsents(db, actor.userId) }, 200);
    });
}
