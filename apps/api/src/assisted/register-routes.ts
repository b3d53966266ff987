import { createRoute, z } from '@hono/zod-openapi';
import { profileInputSchema, type Profile } from '@solidaria/core';
import {
  assistedPlaceholderEmail, auditWrite, awaitsTakeover, createUser, discardAssistedUserWrite, duplicateFlagWrites, grantConsentWrite, issueTakeoverCodeWrites,
  saveProfileWrites, type Write,
} from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { newToken, tokenHash } from '../auth/tokens';
import { ApiError } from '../errors';
import { inOfficeScope, isOfficeStaff, personInScope } from '../office/person-views';
import { profileIndexWrites } from '../profiles/index-writes';
import { NOTICE_VERSION } from '../profiles/me-rights-routes';
import { checkProfileReferences } from '../profiles/references';
import { shareConsentWrites } from '../profiles/share-consent';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { newTakeoverCode, TAKEOVER_CODE_MS } from './takeover-code';

// Assisted registration: an officer opens an account with a person who has no phone or
// e-mail, or cannot read well, records what was explained and that the person agreed,
// and hands over a printed one-time code to take the account over later.

const registerBody = z
  .object({
    displayName: z.string().trim().min(1).max(80),
    language: z.enum(['es', 'en']).default('es'),
    profile: profileInputSchema,
    /** What the officer explained, in the officer's words (kept with the consent). */
    explanation: z.string().trim().min(10).max(2000),
    consentGiven: z.literal(true).openapi({ description: 'The person agreed, after the explanation' }),
  })
  .openapi('AssistedRegistration');
const codeOut = z.object({ code: z.string(), expiresAt: z.string() });

const registerDef = createRoute({
  method: 'post', path: '/office/people', summary: 'Officer: register a person at the office (account, profile, consent) and get their one-time takeover code',
  request: { body: jsonBody(registerBody) },
  responses: { 201: { description: 'Registered; the code is shown once', content: jsonContent(codeOut.extend({ id: z.number() })) }, ...errorResponses },
});
const codeDef = createRoute({
  method: 'post', path: '/office/people/{id}/takeover-code', summary: 'Officer: a new takeover code for a person registered at the office; older codes stop working',
  request: { params: z.object({ id: z.coerce.number().int().positive() }) },
  responses: {
    201: { description: 'The new code, shown once', content: jsonContent(codeOut) },
    404: { description: 'No such person in my municipalities' }, 409: { description: 'The person already took the account over' }, ...errorResponses,
  },
});

export function assistedRegistrationRoutes(services: Services) {
  const { db, clock, passwords } = services;
  const codeWrites = async (userId: number, officerId: number, now: Date): Promise<{ code: string; expiresAt: Date; writes: Write[] }> => {
    const code = newTakeoverCode();
    const expiresAt = new Date(now.getTime() + TAKEOVER_CODE_MS);
    return { code, expiresAt, writes: issueTakeoverCodeWrites(db, { userId, codeHash: await tokenHash(code), createdBy: officerId, now, expiresAt }) };
  };
  return routeGroup()
    .openapi(registerDef, async (c) => {
      const actor = requireUser(c);
      const body = c.req.valid('json');
      authorize(c, services, inOfficeScope(actor, body.profile.municipalityId), 'person.register_assisted');
      await checkProfileReferences(db, body.profile);
      const now = clock.now();
      // Nobody knows this password: the account opens only with the takeover code.
      const user = await createUser(db, {
        identifier: { kind: 'email', value: assistedPlaceholderEmail((await tokenHash(newToken())).slice(0, 24)) },
        displayName: body.displayName, language: body.language, passwordHash: await passwords.hash(newToken()),
        municipalityId: body.profile.municipalityId, grants: [{ role: 'seeker', municipalityId: null }], grantedBy: actor.userId, now,
      });
      const profile: Profile = { ...body.profile, userId: user.id, displayName: user.displayName, visibility: 'anonymous', updatedAt: now };
      const { code, expiresAt, writes } = await codeWrites(user.id, actor.userId, now);
      const audit = (action: string, details: Record<string, unknown> = {}) =>
        auditWrite(db, { at: now, actorUserId: actor.userId, action, subjectType: 'user', subjectId: user.id, requestId: c.get('requestId'), details });
      // D1 cannot hand back the new id inside a batch, so the account comes first; if the
      // rest fails, the account goes too, and nothing half-registered is left.
      try {
        await db.atomic([
          ...saveProfileWrites(db, user.id, body.profile, now),
          ...(await duplicateFlagWrites(db, profile, null, now)),
          ...(await profileIndexWrites(services, user.id, profile)),
          grantConsentWrite(db, { userId: user.id, purpose: 'assisted_registration', noticeVersion: NOTICE_VERSION, now, recordedBy: actor.userId, explanation: body.explanation }),
          // The profile starts anonymous, so the consent to share it is recorded with it.
          ...(await shareConsentWrites(services, { userId: user.id, visibility: profile.visibility, now, actorUserId: actor.userId, requestId: c.get('requestId'), recordedBy: actor.userId, explanation: body.explanation })),
          ...writes,
          audit('account.registered_assisted', { noticeVersion: NOTICE_VERSION }),
          audit('takeover_code.issued'),
        ]);
      } catch (error) {
        await db.atomic([discardAssistedUserWrite(db, user.id)]);
        throw error;
      }
      c.header('cache-control', 'no-store');
      return c.json({ id: user.id, code, expiresAt: expiresAt.toISOString() }, 201);
    })
    .openapi(codeDef, async (c) => {
      const actor = requireUser(c);
      authorize(c, services, isOfficeStaff(actor), 'takeover_code.issue');
      const { user: person } = await personInScope(db, actor, c.req.valid('param').id);
      // Once the person has their own e-mail or phone, nobody else may open the account.
      if (!awaitsTakeover(person)) throw new ApiError('CONFLICT', 'This person already took the account over.');
      const now = clock.now();
      const { code, expiresAt, writes } = await codeWrites(person.id, actor.userId, now);
      await db.atomic([...writes, auditWrite(db, { at: now, actorUserId: actor.userId, action: 'takeover_code.issued', subjectType: 'user', subjectId: person.id, requestId: c.get('requestId') })]);
      c.header('cache-control', 'no-store');
      return c.json({ code, expiresAt: expiresAt.toISOString() }, 201);
    });
}
