import { createRoute, z } from '@hono/zod-openapi';
import { parseIdentifier, passwordProblem } from '@solidaria/core';
import { auditWrite, findUserById, findUserByIdentifier, listGrants, takeOverAccountWrites, usableTakeoverCode } from '@solidaria/db';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { PASSWORD_MESSAGES } from '../auth/register-routes';
import { identifierInput } from '../auth/schemas';
import { openSession } from '../auth/sign-in';
import { limitRate } from '../auth/throttle';
import { tokenHash } from '../auth/tokens';
import { ApiError } from '../errors';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { normaliseTakeoverCode } from './takeover-code';

const HOUR = 3_600_000;
// Per address, and for everyone together: enough for people at a shared office computer,
// far too few to guess a 60-bit code.
const ATTEMPTS_PER_ADDRESS = 10;
const ATTEMPTS_OVERALL = 1_000;

const takeoverBody = identifierInput
  .extend({ code: z.string().trim().min(1).max(40), password: z.string().min(1).max(1024) })
  .openapi('AccountTakeover');

const def = createRoute({
  method: 'post', path: '/auth/takeover', summary: 'Take over an account opened at the office: the one-time code, my own e-mail or phone and a password; signs in',
  request: { body: jsonBody(takeoverBody) },
  responses: {
    200: { description: 'The account is mine now, and I am signed in', content: jsonContent(z.object({ id: z.number() })) },
    409: { description: 'The e-mail or phone already has an account', content: errorResponses[422].content },
    ...errorResponses,
  },
});

const invalidCode = () => new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { code: 'This code is not valid, was used already or has expired.' });

export function takeoverRoutes(services: Services) {
  const { db, clock, passwords } = services;
  return routeGroup().openapi(def, async (c) => {
    const body = c.req.valid('json');
    const now = clock.now();
    await limitRate(db, `ip:${services.clientAddress(c)}:takeover`, ATTEMPTS_PER_ADDRESS, HOUR, now);
    await limitRate(db, 'all:takeover', ATTEMPTS_OVERALL, HOUR, now);
    const code = normaliseTakeoverCode(body.code);
    const found = code ? await usableTakeoverCode(db, await tokenHash(code), now) : undefined;
    const person = found ? await findUserById(db, found.userId) : undefined;
    if (!found || !person || person.disabledAt) throw invalidCode();
    const identifier = parseIdentifier(body.identifier, body.country);
    if (!identifier) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { identifier: 'Enter an e-mail address or a phone number.' });
    const grants = await listGrants(db, person.id);
    const problem = passwordProblem(body.password, grants);
    if (problem) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { password: PASSWORD_MESSAGES[problem] });
    if (await findUserByIdentifier(db, identifier)) throw new ApiError('CONFLICT', 'An account with this e-mail or phone already exists.');
    try {
      await db.atomic([
        ...takeOverAccountWrites(db, { codeId: found.id, userId: person.id, identifier, passwordHash: await passwords.hash(body.password), now }),
        auditWrite(db, { at: now, actorUserId: person.id, action: 'account.taken_over', subjectType: 'user', subjectId: person.id, requestId: c.get('requestId') }),
      ]);
    } catch (error) {
      if (String(error).includes('UNIQUE')) throw new ApiError('CONFLICT', 'An account with this e-mail or phone already exists.');
      throw error;
    }
    // The writes only apply to an unused code and an account not yet taken over: when two
    // people race with one code, only the one whose e-mail or phone is now on it signs in.
    const after = await findUserById(db, person.id);
    if ((identifier.kind === 'email' ? after?.email : after?.phone) !== identifier.value) throw invalidCode();
    await openSession(c, services, { id: person.id, grants }, false);
    c.header('cache-control', 'no-store');
    return c.json({ id: person.id }, 200);
  });
}
