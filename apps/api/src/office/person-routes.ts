import { createRoute, z } from '@hono/zod-openapi';
import { nameKey, profileViewFor } from '@solidaria/core';
import { applicationsOfUser, awaitsTakeover, listConsents, peopleNamed, placementsInScope, type ConsentRow } from '@solidaria/db';
import { officerScope } from '@solidaria/core';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonContent } from '../auth/json-route';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { isOfficeStaff, personInScope, personViewWrites } from './person-views';

// A person's record as the office sees it. Every read is in the audit log and in the
// person's own "who looked at my record".

const recordSchema = z
  .object({
    person: z.object({
      id: z.number(), displayName: z.string(), municipalityId: z.number().nullable(), registeredAt: z.string(),
      awaitingTakeover: z.boolean(), disabled: z.boolean(),
    }),
    profile: z.record(z.string(), z.unknown()).nullable(),
    consents: z.array(z.object({ purpose: z.string(), noticeVersion: z.string(), grantedAt: z.string(), withdrawnAt: z.string().nullable(), recordedBy: z.number().nullable() })),
    /** What the officer explained at each assisted registration, once, with the consents it was recorded on. */
    explanations: z.array(z.object({ at: z.string(), recordedBy: z.number().nullable(), text: z.string(), purposes: z.array(z.string()) })),
    applications: z.array(z.object({ id: z.number(), state: z.string(), appliedAt: z.string(), offerTitle: z.string(), organisationName: z.string() })),
    placements: z.array(z.object({ id: z.number(), employerName: z.string(), startsOn: z.string(), source: z.string() })),
  })
  .openapi('OfficePersonRecord');

/**
 * One explanation per registration: an assisted registration records the officer's words
 * on every consent it grants (the same officer, moment and words), and the office reads
 * them once.
 */
function explanationsOf(consents: readonly ConsentRow[]) {
  const explanations: { at: string; recordedBy: number | null; text: string; purposes: string[] }[] = [];
  for (const k of consents) {
    if (!k.explanation) continue;
    const at = k.grantedAt.toISOString();
    const same = explanations.find((e) => e.at === at && e.recordedBy === k.recordedBy && e.text === k.explanation);
    if (same) same.purposes.push(k.purpose);
    else explanations.push({ at, recordedBy: k.recordedBy, text: k.explanation, purposes: [k.purpose] });
  }
  return explanations;
}

const def = createRoute({
  method: 'get', path: '/office/people/{id}', summary: 'Officer: a person’s record (profile, consents, applications, placements); the read is logged and shown to the person',
  request: { params: z.object({ id: z.coerce.number().int().positive() }) },
  responses: { 200: { description: 'The record', content: jsonContent(recordSchema) }, 404: { description: 'No such person in my municipalities' }, ...errorResponses },
});

const foundSchema = z
  .object({ id: z.number(), displayName: z.string(), municipalityId: z.number().nullable(), registeredAt: z.string(), awaitingTakeover: z.boolean(), disabled: z.boolean() })
  .openapi('OfficePersonFound');
const findDef = createRoute({
  method: 'get', path: '/office/people', summary: 'Officer: job seekers of my municipalities whose name contains the words, accents and case aside (at most 20); every person listed is logged as viewed',
  // Two characters once folded: accents alone, or spaces, would match everyone.
  request: { query: z.object({ q: z.string().trim().min(2).max(80).refine((q) => nameKey(q).length >= 2, 'Type at least two letters of the name.') }) },
  responses: { 200: { description: 'By name', content: jsonContent(z.object({ people: z.array(foundSchema) })) }, ...errorResponses },
});

export function officePersonRoutes(services: Services) {
  const { db, clock } = services;
  return routeGroup()
    .openapi(findDef, async (c) => {
      const actor = requireUser(c);
      authorize(c, services, isOfficeStaff(actor), 'office.people');
      const rows = await peopleNamed(db, officerScope(actor), c.req.valid('query').q);
      const people = rows.map((p) => ({
        id: p.id, displayName: p.displayName, municipalityId: p.municipalityId, registeredAt: p.registeredAt.toISOString(),
        awaitingTakeover: awaitsTakeover(p), disabled: p.disabledAt !== null,
      }));
      await db.atomic(personViewWrites(db, c, actor, people.map((p) => ({ userId: p.id, municipalityId: p.municipalityId })), clock.now()));
      c.header('cache-control', 'no-store');
      return c.json({ people }, 200);
    })
    .openapi(def, async (c) => {
      const actor = requireUser(c);
      authorize(c, services, isOfficeStaff(actor), 'office.person');
      const { user, profile, municipalityId } = await personInScope(db, actor, c.req.valid('param').id);
      const now = clock.now();
      const [consents, applications, placements] = await Promise.all([listConsents(db, user.id), applicationsOfUser(db, user.id), placementsInScope(db, '*', { userId: user.id })]);
      await db.atomic(personViewWrites(db, c, actor, [{ userId: user.id, municipalityId }], now));
      const view = profile ? profileViewFor(profile, { kind: 'office' }, now) : null;
      c.header('cache-control', 'no-store');
      return c.json({
        person: {
          id: user.id, displayName: user.displayName, municipalityId, registeredAt: user.createdAt.toISOString(),
          awaitingTakeover: awaitsTakeover(user), disabled: user.disabledAt !== null,
        },
        profile: view ? { ...view } : null,
        consents: consents.map((k) => ({
          purpose: k.purpose, noticeVersion: k.noticeVersion, grantedAt: k.grantedAt.toISOString(), withdrawnAt: k.withdrawnAt?.toISOString() ?? null,
          recordedBy: k.recordedBy,
        })),
        explanations: explanationsOf(consents),
        applications: applications.map(({ application: a, offer, organisation }) => ({
          id: a.id, state: a.state, appliedAt: a.createdAt.toISOString(), offerTitle: offer.title, organisationName: organisation.name,
        })),
        placements: placements.map(({ placement: p }) => ({ id: p.id, employerName: p.employerName, startsOn: p.startsOn, source: p.source })),
      }, 200);
    });
}
