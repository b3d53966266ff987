import { createRoute, z } from '@hono/zod-openapi';
import { isPublic, reportReasons, reportsToHide, type Offer } from '@solidaria/core';
import { addReportWrite, auditWrite, hideByReportsWrite, moveOfferWrites, openReports, reviewReportsWrite } from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { limitRate } from '../auth/throttle';
import { tokenHash } from '../auth/tokens';
import { ApiError } from '../errors';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { offerInContext } from './access';
import { offerIndexWrites } from './index-writes';
import { EARLIEST_TIME_ZONE, todayIn } from './views';

const HOUR = 3_600_000;
const idParam = z.object({ id: z.coerce.number().int().positive() });

const reviewBody = z
  .object({ decision: z.enum(['publish', 'reject']), reason: z.string().trim().max(500).default('') })
  .refine((b) => b.decision === 'publish' || b.reason.length >= 3, { message: 'Say why the offer is rejected', path: ['reason'] })
  .openapi('OfferReview');
const reportBody = z.object({ reason: z.enum(reportReasons), details: z.string().trim().max(1000).default('') }).openapi('OfferReport');

const reviewDef = createRoute({
  method: 'post', path: '/offers/{id}/review', summary: 'Officer: publish or reject an offer waiting for review (or hidden by reports), with the reason',
  request: { params: idParam, body: jsonBody(reviewBody) },
  responses: { 200: { description: 'The decision', content: jsonContent(z.object({ status: z.string() })) }, 404: { description: 'No such offer' }, 409: { description: 'Nothing to review' }, ...errorResponses },
});
const reportDef = createRoute({
  method: 'post', path: '/offers/{id}/reports', summary: 'Anyone: report a published offer (fees, documents, trafficking, fake…); enough reports hide it until reviewed',
  request: { params: idParam, body: jsonBody(reportBody) },
  responses: { 202: { description: 'Received', content: jsonContent(z.object({ received: z.literal(true) })) }, 404: { description: 'No such offer' }, ...errorResponses },
});

export function reviewOfferRoutes(services: Services) {
  const { db, clock } = services;
  return routeGroup()
    .openapi(reviewDef, async (c) => {
      const actor = requireUser(c);
      const { offer, organisation, standing } = await offerInContext(db, c.get('actor'), c.req.valid('param').id);
      authorize(c, services, standing === 'office', 'offer.review');
      const reported = offer.status === 'published' && offer.hiddenByReports;
      if (offer.status !== 'pending_review' && !reported) throw new ApiError('CONFLICT', 'This offer is not waiting for review.');
      const { decision, reason } = c.req.valid('json');
      if (decision === 'publish' && organisation.verification !== 'verified') {
        throw new ApiError('CONFLICT', 'Verify the organisation first: offers of unverified organisations are never public.');
      }
      const now = clock.now();
      const to = decision === 'publish' ? 'published' : 'rejected';
      const next: Offer = { ...offer, status: to, hiddenByReports: false, publishedAt: to === 'published' ? (offer.publishedAt ?? now) : offer.publishedAt };
      await db.atomic([
        ...(reported && to === 'published'
          ? [hideByReportsWrite(db, offer.id, false)]
          : moveOfferWrites(db, offer, { to, actorUserId: actor.userId, reason: reason || null, at: now })),
        reviewReportsWrite(db, offer.id, now),
        ...(await offerIndexWrites(services, next, organisation)),
        auditWrite(db, { at: now, actorUserId: actor.userId, action: `offer.review.${decision}`, subjectType: 'offer', subjectId: offer.id, requestId: c.get('requestId'), details: { reason, flags: offer.flags.map((f) => f.code), reported } }),
      ]);
      return c.json({ status: to }, 200);
    })
    .openapi(reportDef, async (c) => {
      const { offer, organisation } = await offerInContext(db, c.get('actor'), c.req.valid('param').id);
      const now = clock.now();
      const verified = organisation.verification === 'verified';
      if (!isPublic(offer, verified, todayIn(EARLIEST_TIME_ZONE, now)) && !(offer.status === 'published' && offer.hiddenByReports)) {
        throw new ApiError('NOT_FOUND', 'There is no such offer.');
      }
      const address = services.clientAddress(c);
      await limitRate(db, `ip:${address}:offer-report`, 20, HOUR, now);
      const actor = c.get('actor');
      // One report per person (or, signed out, per network address) until an officer reviews the offer.
      const reporterKey = actor.kind === 'user' ? `user:${actor.userId}` : `ip:${await tokenHash(address)}`;
      const { reason, details } = c.req.valid('json');
      await db.atomic([addReportWrite(db, { offerId: offer.id, reporterKey, reason, details, at: now })]);
      const open = await openReports(db, offer.id);
      if (!offer.hiddenByReports && open.length >= reportsToHide(verified)) {
        const hidden: Offer = { ...offer, hiddenByReports: true };
        await db.atomic([
          hideByReportsWrite(db, offer.id, true),
          ...(await offerIndexWrites(services, hidden, organisation)),
          auditWrite(db, { at: now, actorUserId: null, action: 'offer.hidden_by_reports', subjectType: 'offer', subjectId: offer.id, requestId: c.get('requestId'), details: { reports: open.length } }),
        ]);
      }
      return c.json({ received: true as const }, 202);
    });
}
