import { createRoute, z } from '@hono/zod-openapi';
import { routeGroup } from '../route-group';
import { parseIdentifier, passwordProblem } from '@solidaria/core';
import { auditWrite, createUser, findMunicipalityBySlug, findUserByIdentifier } from '@solidaria/db';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import type { Services } from '../services';
import { errorResponses, jsonBody, jsonContent } from './json-route';
import { registerBody } from './schemas';
import { openSession } from './sign-in';
import { limitRate } from './throttle';

const HOUR = 3_600_000;

export const PASSWORD_MESSAGES = {
  TOO_SHORT: 'The password is too short.',
  TOO_LONG: 'The password is too long.',
  TOO_COMMON: 'This password is one of the most used ones; choose another.',
} as const;

const route = createRoute({
  method: 'post',
  path: '/auth/register',
  summary: 'Create an account with an e-mail address or a phone number, and sign in',
  request: { body: jsonBody(registerBody) },
  responses: {
    201: { description: 'Account created and signed in', content: jsonContent(z.object({ id: z.number() })) },
    409: { description: 'The e-mail or phone already has an account', content: errorResponses[422].content },
    ...errorResponses,
  },
});

export function registerRoutes(services: Services) {
  const { db, clock, passwords } = services;
  return routeGroup().openapi(route, async (c) => {
    const body = c.req.valid('json');
    const now = clock.now();
    await limitRate(db, `ip:${services.clientAddress(c)}:register`, 20, HOUR, now);

    const identifier = parseIdentifier(body.identifier, body.country);
    if (!identifier) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { identifier: 'Enter an e-mail address or a phone number.' });
    const problem = passwordProblem(body.password);
    if (problem) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { password: PASSWORD_MESSAGES[problem] });
    const municipality = body.municipality ? await findMunicipalityBySlug(db, body.municipality) : undefined;
    if (body.municipality && !municipality) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { municipality: 'Unknown municipality.' });

    // Saying "taken" reveals that an account exists; registration is rate limited by
    // address for that reason, and there is no other way to tell a person why.
    if (await findUserByIdentifier(db, identifier)) throw new ApiError('CONFLICT', 'An account with this e-mail or phone already exists.');
    const grants = body.purposes.map((role) => ({ role, municipalityId: null }));
    let user;
    try {
      user = await createUser(db, {
        identifier,
        displayName: body.displayName,
        language: body.language,
        passwordHash: await passwords.hash(body.password),
        municipalityId: municipality?.id ?? null,
        grants,
        now,
      });
    } catch (error) {
      if (String(error).includes('UNIQUE')) throw new ApiError('CONFLICT', 'An account with this e-mail or phone already exists.');
      throw error;
    }
    await openSession(c, services, { id: user.id, grants }, false, [
      auditWrite(db, { at: now, actorUserId: user.id, action: 'account.registered', subjectType: 'user', subjectId: user.id, requestId: c.get('requestId') }),
    ]);
    return c.json({ id: user.id }, 201);
  });
}
