import { createRoute, z } from '@hono/zod-openapi';
import { officerScope } from '@solidaria/core';
import { auditWrite, findPlacement, followUpsOf, recordFollowUpWrite } from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { inOfficeScope, isOfficeStaff, personViewWrites } from '../office/person-views';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { followUpDueOn } from './follow-up-dates';
import { oneDirection, pageLinks, pageQuery } from '../paging/keyset-pages';
import { placementPage, positionParam, todayByMunicipality } from './placement-pages';

// The office asks placed people 1, 3 and 6 months after they started whether they still
// have the job; the answers feed the retention figures.

const followUpBody = z
  .object({
    months: z.union([z.literal(1), z.literal(3), z.literal(6)]),
    stillEmployed: z.boolean(),
    note: z.string().trim().max(500).nullable().default(null),
  })
  .openapi('PlacementFollowUp');
const followUpOut = z.object({
  months: z.number(), dueOn: z.string(), state: z.enum(['upcoming', 'due', 'overdue', 'recorded']),
  stillEmployed: z.boolean().nullable(), note: z.string().nullable(), recordedAt: z.string().nullable(),
});
const placementOut = z
  .object({
    id: z.number(), userId: z.number().nullable(), personName: z.string().nullable(), employerName: z.string(), occupationId: z.number().nullable(),
    municipalityId: z.number(), startsOn: z.string(), source: z.enum(['platform', 'office']), followUps: z.array(followUpOut),
  })
  .openapi('OfficePlacement');
const idParam = z.object({ id: z.coerce.number().int().positive() });

const listQuery = z.object({
  status: z.enum(['due', 'all']).default('due'),
  person: z.coerce.number().int().positive().optional(),
  ...pageQuery(positionParam),
});
const pageOut = z.object({
  placements: z.array(placementOut),
  ...pageLinks,
});
const listDef = createRoute({
  method: 'get', path: '/office/placements', summary: 'Officer: placements in my municipalities with their follow-ups, a page at a time; `due` keeps those with a follow-up due or overdue',
  request: { query: listQuery },
  responses: { 200: { description: 'Placements, newest start first', content: jsonContent(pageOut) }, ...errorResponses },
});
const recordDef = createRoute({
  method: 'post', path: '/placements/{id}/follow-ups', summary: 'Officer: record whether the person still has the job 1, 3 or 6 months after the start (once each, not before it is due)',
  request: { params: idParam, body: jsonBody(followUpBody) },
  responses: {
    201: { description: 'Recorded', content: jsonContent(z.object({ followUp: followUpOut })) },
    404: { description: 'No such placement in my municipalities' }, 409: { description: 'Already recorded for this month' }, ...errorResponses,
  },
});

export function followUpRoutes(services: Services) {
  const { db, clock } = services;
  return routeGroup()
    .openapi(listDef, async (c) => {
      const actor = requireUser(c);
      authorize(c, services, isOfficeStaff(actor), 'office.placements');
      const query = c.req.valid('query');
      oneDirection(query);
      const page = await placementPage(services, officerScope(actor), query);
      await db.atomic(personViewWrites(db, c, actor, page.placements, clock.now()));
      c.header('cache-control', 'no-store');
      return c.json(page, 200);
    })
    .openapi(recordDef, async (c) => {
      const actor = requireUser(c);
      authorize(c, services, isOfficeStaff(actor), 'placement.follow_up');
      const placement = await findPlacement(db, c.req.valid('param').id);
      if (!placement || !inOfficeScope(actor, placement.municipalityId)) throw new ApiError('NOT_FOUND', 'There is no such placement.');
      const body = c.req.valid('json');
      const dueOn = followUpDueOn(placement.startsOn, body.months);
      if ((await todayByMunicipality(services))(placement.municipalityId) < dueOn) {
        throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { months: `This follow-up is due on ${dueOn}.` });
      }
      if ((await followUpsOf(db, [placement.id])).some((f) => f.months === body.months)) {
        throw new ApiError('CONFLICT', 'This follow-up was recorded already.');
      }
      const now = clock.now();
      try {
        await db.atomic([
          recordFollowUpWrite(db, { placementId: placement.id, months: body.months, stillEmployed: body.stillEmployed, note: body.note || null, recordedBy: actor.userId, recordedAt: now }),
          auditWrite(db, {
            at: now, actorUserId: actor.userId, action: 'placement.followed_up', subjectType: 'placement', subjectId: placement.id, requestId: c.get('requestId'),
            details: { months: body.months, stillEmployed: body.stillEmployed },
          }),
        ]);
      } catch (error) {
        // Two officers answering at once: the unique index keeps one.
        if (String(error).includes('UNIQUE')) throw new ApiError('CONFLICT', 'This follow-up was recorded already.');
        throw error;
      }
      return c.json({
        followUp: { months: body.months, dueOn, state: 'recorded' as const, stillEmployed: body.stillEmployed, note: body.note || null, recordedAt: now.toISOString() },
      }, 201);
    });
}

