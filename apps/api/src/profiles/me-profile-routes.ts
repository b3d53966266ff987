import { createRoute, z } from '@hono/zod-openapi';
import { profileInputSchema, visibilities, type Profile } from '@solidaria/core';
import { auditWrite, duplicateFlagWrites, loadProfile, saveProfileWrites, setVisibilityWrite, type Write } from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { profileIndexWrites } from './index-writes';
import { checkProfileReferences } from './references';
import { firstVisibility, shareConsentWrites } from './share-consent';

const profileOut = z.object({ profile: z.any().nullable() }).openapi('MyProfile');
const visibilityBody = z.object({ visibility: z.enum(visibilities) }).openapi('Visibility');

const getRoute = createRoute({ method: 'get', path: '/me/profile', summary: 'My job-seeker profile (null until I make one)', responses: { 200: { description: 'The profile', content: jsonContent(profileOut) }, ...errorResponses } });
const putRoute = createRoute({
  method: 'put', path: '/me/profile', summary: 'Save my whole job-seeker profile; a new one starts anonymous with my consent to share it recorded (hidden if I withdrew that consent before)',
  request: { body: jsonBody(profileInputSchema) },
  responses: { 200: { description: 'The saved profile', content: jsonContent(profileOut) }, ...errorResponses },
});
const visibilityRoute = createRoute({
  method: 'put', path: '/me/profile/visibility', summary: 'Choose who sees my profile; "anonymous" and "visible" record my consent to share it with employers, "hidden" withdraws it and takes the profile out of every employer search at once',
  request: { body: jsonBody(visibilityBody) },
  responses: { 200: { description: 'The saved profile', content: jsonContent(profileOut) }, 404: { description: 'No profile yet' }, ...errorResponses },
});

const isSeeker = (grants: readonly { role: string }[]) => grants.some((g) => g.role === 'seeker');

export function meProfileRoutes(services: Services) {
  const { db, clock } = services;
  // The profile, its search document and the audit entry are written in one atomic unit.
  const save = async (next: Profile, writes: Write[], requestId: string, action: string): Promise<Profile | null> => {
    const now = clock.now();
    await db.atomic([
      ...writes,
      ...(await profileIndexWrites(services, next.userId, next)),
      auditWrite(db, { at: now, actorUserId: next.userId, action, subjectType: 'user', subjectId: next.userId, requestId }),
    ]);
    return loadProfile(db, next.userId);
  };
  return routeGroup()
    .openapi(getRoute, async (c) => {
      const actor = requireUser(c);
      c.header('cache-control', 'no-store');
      return c.json({ profile: await loadProfile(db, actor.userId) }, 200);
    })
    .openapi(putRoute, async (c) => {
      const actor = requireUser(c);
      authorize(c, services, isSeeker(actor.grants), 'profile.save');
      const input = c.req.valid('json');
      await checkProfileReferences(db, input);
      const now = clock.now();
      const before = await loadProfile(db, actor.userId);
      const visibility = before?.visibility ?? (await firstVisibility(services, actor.userId));
      const next: Profile = { ...input, userId: actor.userId, displayName: c.get('user')!.displayName, visibility, updatedAt: now };
      // A new profile's visibility and the consent to share it are recorded together.
      const first = before ? [] : [setVisibilityWrite(db, actor.userId, visibility, now), ...(await shareConsentWrites(services, { userId: actor.userId, visibility, now, actorUserId: actor.userId, requestId: c.get('requestId') }))];
      // A possible double registration is flagged for the office, never refused.
      const flags = await duplicateFlagWrites(db, next, c.get('user')!.phone, now);
      const profile = await save(next, [...saveProfileWrites(db, actor.userId, input, now), ...first, ...flags], c.get('requestId'), 'profile.saved');
      return c.json({ profile }, 200);
    })
    .openapi(visibilityRoute, async (c) => {
      const actor = requireUser(c);
      const before = await loadProfile(db, actor.userId);
      if (!before) throw new ApiError('NOT_FOUND', 'You have no profile yet.');
      const { visibility } = c.req.valid('json');
      const now = clock.now();
      // Shown to employers only with the consent to share, hidden without it: one unit.
      const consent = await shareConsentWrites(services, { userId: actor.userId, visibility, now, actorUserId: actor.userId, requestId: c.get('requestId') });
      const profile = await save({ ...before, visibility, updatedAt: now }, [setVisibilityWrite(db, actor.userId, visibility, now), ...consent], c.get('requestId'), `profile.visibility.${visibility}`);
      return c.json({ profile }, 200);
    });
}
