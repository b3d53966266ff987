import { createRoute, z } from '@hono/zod-openapi';
import { contactRequestStates, isOfferedToEmployers } from '@solidaria/core';
import {
  answerContactRequestWrite, auditWrite, contactRequestsOfOrganisation, contactRequestsOfUser, createContactRequestWrite, findContactRequest, findOrganisation, isOrganisationMember,
  latestConsent, loadProfile, openContactRequest, organisationMembersOf,
} from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { notificationWrites } from '../notifications/notify';
import { CONTACT_PURPOSE } from '../profiles/consent-purposes';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { alreadyAsked, takesNoContactRequests } from './refusals';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const requestBody = z.object({ organisationId: z.number().int().positive(), offerId: z.number().int().positive().nullable().default(null), message: z.string().trim().max(500).default('') }).openapi('ContactRequest');
const answerBody = z.object({ answer: z.enum(['accept', 'decline', 'withdraw']) }).openapi('ContactAnswer');
const requestOut = z.object({ id: z.number(), state: z.enum(contactRequestStates), organisation: z.object({ id: z.number(), name: z.string() }), offerId: z.number().nullable(), offerTitle: z.string().nullable(), message: z.string(), createdAt: z.string() });

const askDef = createRoute({ method: 'post', path: '/profiles/{id}/contact-requests', summary: 'A verified employer asks a candidate for their name and contact (only someone who agreed to be contacted by employers)', request: { params: idParam, body: jsonBody(requestBody) }, responses: { 201: { description: 'Asked', content: jsonContent(z.object({ id: z.number(), state: z.enum(contactRequestStates) })) }, 404: { description: 'No such candidate' }, 409: { description: 'Refused; the reason\'s code says why: already_asked (an open request of this organisation) or takes_no_contact_requests (no standing consent to be contacted)' }, ...errorResponses } });
const answerDef = createRoute({ method: 'post', path: '/contact-requests/{id}/answer', summary: 'The person accepts or declines, or takes back a contact they shared', request: { params: idParam, body: jsonBody(answerBody) }, responses: { 200: { description: 'The new state', content: jsonContent(z.object({ state: z.enum(contactRequestStates) })) }, 404: { description: 'No such request' }, 409: { description: 'Not possible from its state' }, ...errorResponses } });
const sentDef = createRoute({
  method: 'get', path: '/organizations/{id}/contact-requests', summary: 'The contact requests an organisation sent, for its people: who was asked and the answer',
  request: { params: idParam },
  responses: { 200: { description: 'Newest first', content: jsonContent(z.object({ requests: z.array(z.object({ id: z.number(), userId: z.number(), offerId: z.number().nullable(), state: z.enum(contactRequestStates), createdAt: z.string() })) })) }, 404: { description: 'No such organisation' }, ...errorResponses },
});
const mineDef = createRoute({ method: 'get', path: '/me/contact-requests', summary: 'The contact requests organisations sent me', responses: { 200: { description: 'Newest first', content: jsonContent(z.object({ requests: z.array(requestOut) })) }, ...errorResponses } });

const NEXT = { accept: ['pending', 'accepted'], decline: ['pending', 'declined'], withdraw: ['accepted', 'withdrawn'] } as const;

export function contactRequestRoutes(services: Services) {
  const { db, clock, publicOrigin } = services;
  return routeGroup()
    .openapi(askDef, async (c) => {
      const actor = requireUser(c);
      const { organisationId, offerId, message } = c.req.valid('json');
      const organisation = await findOrganisation(db, organisationId);
      const allowed = Boolean(organisation && organisation.verification === 'verified' && (await isOrganisationMember(db, organisationId, actor.userId)));
      authorize(c, services, allowed, 'contact_request.create');
      const now = clock.now();
      const profile = await loadProfile(db, c.req.valid('param').id);
      // Someone employers may not find answers like someone who does not exist.
      if (!profile || !isOfferedToEmployers(profile, now)) throw new ApiError('NOT_FOUND', 'There is no such candidate.');
      if (await openContactRequest(db, organisationId, profile.userId)) throw alreadyAsked();
      // Being asked at all is the person's choice: only with their consent to be contacted by employers.
      const consent = await latestConsent(db, profile.userId, CONTACT_PURPOSE);
      if (!consent || consent.withdrawnAt) throw takesNoContactRequests();
      await db.atomic([
        createContactRequestWrite(db, { organisationId, userId: profile.userId, offerId, requestedBy: actor.userId, message, now }),
        ...(await notificationWrites(db, [profile.userId], 'contact_request', `${publicOrigin}/applications`, now)),
        auditWrite(db, { at: now, actorUserId: actor.userId, action: 'contact_request.created', subjectType: 'user', subjectId: profile.userId, requestId: c.get('requestId'), details: { organisationId } }),
      ]).catch((error: unknown) => {
        if (String(error).includes('UNIQUE')) throw alreadyAsked();
        throw error;
      });
      const created = await openContactRequest(db, organisationId, profile.userId);
      return c.json({ id: created!.id, state: created!.state }, 201);
    })
    .openapi(answerDef, async (c) => {
      const actor = requireUser(c);
      const request = await findContactRequest(db, c.req.valid('param').id);
      if (!request || request.userId !== actor.userId) throw new ApiError('NOT_FOUND', 'There is no such request.');
      const [from, to] = NEXT[c.req.valid('json').answer];
      if (request.state !== from) throw new ApiError('CONFLICT', `A ${request.state} request cannot be answered this way.`);
      const now = clock.now();
      const members = (await organisationMembersOf(db, request.organisationId)).map((m) => m.userId);
      await db.atomic([
        answerContactRequestWrite(db, request, to, now),
        ...(to === 'withdrawn' ? [] : await notificationWrites(db, members, 'contact_answered', `${publicOrigin}/employer`, now)),
        auditWrite(db, { at: now, actorUserId: actor.userId, action: `contact_request.${to}`, subjectType: 'contact_request', subjectId: request.id, requestId: c.get('requestId') }),
      ]);
      return c.json({ state: (await findContactRequest(db, request.id))!.state }, 200);
    })
    .openapi(sentDef, async (c) => {
      const actor = requireUser(c);
      const organisationId = c.req.valid('param').id;
      if (!(await isOrganisationMember(db, organisationId, actor.userId))) throw new ApiError('NOT_FOUND', 'There is no such organisation.');
      const rows = await contactRequestsOfOrganisation(db, organisationId);
      c.header('cache-control', 'no-store');
      return c.json({ requests: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) }, 200);
    })
    .openapi(mineDef, async (c) => {
      const actor = requireUser(c);
      const rows = await contactRequestsOfUser(db, actor.userId);
      c.header('cache-control', 'no-store');
      return c.json({
        requests: rows.map(({ request: r, organisation, offerTitle }) => ({ id: r.id, state: r.state, organisation, offerId: r.offerId, offerTitle, message: r.message, createdAt: r.createdAt.toISOString() })),
      }, 200);
    });
}
