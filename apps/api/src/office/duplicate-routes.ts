import { createRoute, z } from '@hono/zod-openapi';
import { officerScope } from '@solidaria/core';
import { auditWrite, deleteSessionsOfUserWrite, disableUserWrite, openDuplicateFlags, resolveDuplicateFlagWrite, type DuplicatePosition, type OpenDuplicateFlag, type Write } from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { cutPage, oneDirection, pageLinks, pageQuery, positionFormat } from '../paging/keyset-pages';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { personViewWrites } from './person-views';

// Possible double registrations, decided by the office of the municipality: the same
// person (the newer account is deactivated) or different people. Merging is not offered.
// The queue comes a page at a time from a position: when the flag was raised (in
// milliseconds since 1970) and its id, "1795000000000.42".

const side = z.object({ id: z.number(), displayName: z.string(), birthDate: z.string().nullable(), registeredAt: z.string(), disabled: z.boolean() });
const flagSchema = z
  .object({
    id: z.number(), municipalityId: z.number(), flaggedAt: z.string(),
    reason: z.enum(['same_phone', 'similar_name_same_birth_year']),
    /** What matched, in words the officer can check: the phone is never shown. */
    matched: z.object({ samePhone: z.boolean(), sameBirthYear: z.boolean(), names: z.tuple([z.string(), z.string()]) }),
    newer: side, older: side,
  })
  .openapi('DuplicateFlag');
const decisionBody = z
  .object({ decision: z.enum(['same_person', 'different_people']), reason: z.string().trim().min(3).max(500) })
  .openapi('DuplicateDecision');
const idParam = z.object({ id: z.coerce.number().int().positive() });

const positions = positionFormat('0|[1-9]\\d{0,14}', (ms) => Number(ms) <= 8.64e15); // the latest instant a Date holds
const positionFrom = (value: string): DuplicatePosition => {
  const { key, id } = positions.read(value);
  return { flaggedAt: new Date(Number(key)), id };
};
const listQuery = z.object(pageQuery(positions.param));

const listDef = createRoute({
  method: 'get', path: '/office/duplicates', summary: 'Officer: possible duplicate profiles in my municipalities, oldest first, with what matched, a page at a time',
  request: { query: listQuery },
  responses: { 200: { description: 'The queue', content: jsonContent(z.object({ duplicates: z.array(flagSchema), ...pageLinks })) }, ...errorResponses },
});
const oneDef = createRoute({
  method: 'get', path: '/office/duplicates/{id}', summary: 'Officer: one open possible duplicate',
  request: { params: idParam },
  responses: { 200: { description: 'The flag', content: jsonContent(z.object({ duplicate: flagSchema })) }, 404: { description: 'No such open flag in my municipalities' }, ...errorResponses },
});
const decideDef = createRoute({
  method: 'post', path: '/office/duplicates/{id}/decision', summary: 'Officer: same person (the newer account is deactivated) or different people, with a reason; logged',
  request: { params: idParam, body: jsonBody(decisionBody) },
  responses: {
    200: { description: 'Decided', content: jsonContent(z.object({ decision: decisionBody.shape.decision, deactivatedUserId: z.number().nullable() })) },
    404: { description: 'No such open flag in my municipalities' }, ...errorResponses,
  },
});

const iso = (d: Date) => d.toISOString();
function flagView(f: OpenDuplicateFlag) {
  const person = (p: OpenDuplicateFlag['newer']) => ({ id: p.id, displayName: p.displayName, birthDate: p.birthDate, registeredAt: iso(p.createdAt), disabled: p.disabledAt !== null });
  // The account created later is the "newer" one, whichever side the flag was raised on.
  const [newer, older] = f.newer.createdAt.getTime() >= f.older.createdAt.getTime() ? [f.newer, f.older] : [f.older, f.newer];
  return {
    id: f.id, municipalityId: f.municipalityId, flaggedAt: iso(f.createdAt), reason: f.reason,
    matched: {
      samePhone: newer.phone !== null && newer.phone === older.phone,
      sameBirthYear: !!newer.birthDate && newer.birthDate.slice(0, 4) === older.birthDate?.slice(0, 4),
      names: [newer.displayName, older.displayName] as [string, string],
    },
    newer: person(newer), older: person(older),
  };
}

export function officeDuplicateRoutes(services: Services) {
  const { db, clock } = services;
  const scopeOf = (c: Parameters<typeof requireUser>[0], action: string) => {
    const actor = requireUser(c);
    const scope = officerScope(actor);
    authorize(c, services, scope === '*' || scope.length > 0, action);
    return { actor, scope };
  };
  const viewed = (flags: ReturnType<typeof flagView>[]) =>
    flags.flatMap((f) => [{ userId: f.newer.id, municipalityId: f.municipalityId }, { userId: f.older.id, municipalityId: f.municipalityId }]);
  return routeGroup()
    .openapi(listDef, async (c) => {
      const { actor, scope } = scopeOf(c, 'office.duplicates');
      const wanted = c.req.valid('query');
      oneDirection(wanted);
      const [after, before] = [wanted.after, wanted.before].map((p) => (p === undefined ? undefined : positionFrom(p)));
      // One more than the page, to know whether there is more.
      const rows = await openDuplicateFlags(db, scope, { after, before, limit: wanted.limit + 1 });
      const { items: duplicates, ...links } = cutPage(rows.map(flagView), wanted, (f) => positions.write(String(Date.parse(f.flaggedAt)), f.id));
      await db.atomic(personViewWrites(db, c, actor, viewed(duplicates), clock.now()));
      c.header('cache-control', 'no-store');
      return c.json({ duplicates, ...links }, 200);
    })
    .openapi(oneDef, async (c) => {
      const { actor, scope } = scopeOf(c, 'office.duplicate');
      const [found] = await openDuplicateFlags(db, scope, { id: c.req.valid('param').id });
      if (!found) throw new ApiError('NOT_FOUND', 'There is no such open flag.');
      const duplicate = flagView(found);
      await db.atomic(personViewWrites(db, c, actor, viewed([duplicate]), clock.now()));
      c.header('cache-control', 'no-store');
      return c.json({ duplicate }, 200);
    })
    .openapi(decideDef, async (c) => {
      const { actor, scope } = scopeOf(c, 'office.duplicate.decide');
      const { id } = c.req.valid('param');
      const { decision, reason } = c.req.valid('json');
      const [found] = await openDuplicateFlags(db, scope, { id });
      if (!found) throw new ApiError('NOT_FOUND', 'There is no such open flag.');
      const flag = flagView(found);
      const now = clock.now();
      const deactivate = decision === 'same_person' ? flag.newer.id : null;
      const writes: Write[] = [
        resolveDuplicateFlagWrite(db, id, now),
        ...(deactivate === null ? [] : [disableUserWrite(db, deactivate, now), deleteSessionsOfUserWrite(db, deactivate)]),
        auditWrite(db, {
          at: now, actorUserId: actor.userId, action: 'duplicate.decided', subjectType: 'duplicate_flag', subjectId: id, requestId: c.get('requestId'),
          details: { decision, reason, newerUserId: flag.newer.id, olderUserId: flag.older.id, deactivatedUserId: deactivate },
        }),
        ...(deactivate === null ? [] : [auditWrite(db, { at: now, actorUserId: actor.userId, action: 'user.disabled', subjectType: 'user', subjectId: deactivate, requestId: c.get('requestId'), details: { duplicateFlagId: id, reason } })]),
      ];
      await db.atomic(writes);
      return c.json({ decision, deactivatedUserId: deactivate }, 200);
    });
}
