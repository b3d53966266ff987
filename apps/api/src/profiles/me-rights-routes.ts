import { createRoute, z } from '@hono/zod-openapi';
import { auditWrite, eraseUserWrites, grantConsentWrite, latestConsent, listConsents, loadProfile, personalData, setVisibilityWrite, withdrawConsentWrite, type Write } from '@solidaria/db';
import { requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { clearSessionCookie } from '../auth/session-cookie';
import { ApiError } from '../errors';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { closePendingContactRequestWrites } from '../contact-requests/close-on-withdrawal';
import { consentPurposes, CONTACT_PURPOSE, NOTICE_VERSION, SHARE_PURPOSE } from './consent-purposes';
import { profileIndexWrites } from './index-writes';

export { consentPurposes, NOTICE_VERSION } from './consent-purposes';

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
  method: 'post', path: '/me/consents', summary: 'Agree to, or withdraw, one use of my data; withdrawing the consent to share my profile hides it from employers at once, and withdrawing the consent to be contacted closes the contact requests I had not answered',
  request: { body: jsonBody(consentBody) }, responses: { 200: { description: 'Consents now', content: jsonContent(z.object({ consents: z.array(consentSchema) })) }, ...errorResponses },
});

export function meRightsRoutes(services: Services) {
  const { db, clock, passwords, search } = services;
  // The profile made hidden and taken out of the employers' search, with its audit row.
  const hideWrites = async (userId: number, now: Date, audit: (action: string, details: Record<string, unknown>) => Write): Promise<Write[]> => {
    const profile = await loadProfile(db, userId);
    if (!profile || profile.visibility === 'hidden') return [];
    return [
      setVisibilityWrite(db, userId, 'hidden', now),
      ...(await profileIndexWrites(services, userId, { ...profile, visibility: 'hidden' })),
      audit('profile.visibility.hidden', { because: 'consent.withdrawn' }),
    ];
  };
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
      const latest = await latestConsent(db, actor.userId, body.purpose);
      const standing = latest !== null && latest.withdrawnAt === null;
      // Agreeing again to the same notice, or withdrawing what does not stand, records nothing.
      const changes = body.granted ? !(standing && latest.noticeVersion === body.noticeVersion) : standing;
      const audit = (action: string, details: Record<string, unknown>) => auditWrite(db, { at: now, actorUserId: actor.userId, action, subjectType: 'user', subjectId: actor.userId, requestId: c.get('requestId'), details });
      const writes: Write[] = changes
        ? [
            body.granted
              ? grantConsentWrite(db, { userId: actor.userId, purpose: body.purpose, noticeVersion: body.noticeVersion, now })
              : withdrawConsentWrite(db, actor.userId, body.purpose, now),
            audit(body.granted ? 'consent.granted' : 'consent.withdrawn', { purpose: body.purpose }),
          ]
        : [];
      // Agreeing to share shows nobody anything (the person picks a visibility); not agreeing hides the profile at once.
      if (body.purpose === SHARE_PURPOSE && !body.granted) writes.push(...(await hideWrites(actor.userId, now, audit)));
      // Not agreeing to be contacted closes the requests still waiting for an answer, at once.
      if (body.purpose === CONTACT_PURPOSE && !body.granted) writes.push(...(await closePendingContactRequestWrites(services, actor.userId, now, c.get('requestId'))));
      if (writes.length) await db.atomic(writes);
      return c.json({ consents: await listConsents(db, actor.userId) }, 200);
    });
}
