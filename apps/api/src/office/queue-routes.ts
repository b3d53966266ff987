import { createRoute, z } from '@hono/zod-openapi';
import { officerScope, type Actor } from '@solidaria/core';
import { openReports, organisationsAwaitingVerification, schema } from '@solidaria/db';
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { offerInContext } from '../offers/access';
import { findingSchema, ownOfferSchema, ownOfferView } from '../offers/own-view';
import { requestLanguage } from '../offers/views';
import { fullOrganisation, organisationSchema } from '../organisations/views';
import { routeGroup } from '../route-group';
import type { Services } from '../services';

// The municipal office's work lists: organisations to verify and offers to review, each
// only for the municipalities the officer works for (all of them for an admin).

const queuedOffer = z.object({
  id: z.number(),
  title: z.string(),
  status: z.string(),
  municipalityId: z.number(),
  organisation: z.object({ id: z.number(), name: z.string(), verification: z.string() }),
  flags: z.array(findingSchema),
  hiddenByReports: z.boolean(),
  updatedAt: z.string(),
});
const reviewFile = ownOfferSchema
  .extend({ reports: z.array(z.object({ reason: z.string(), details: z.string(), at: z.string() })) })
  .openapi('OfferReviewFile');

const organisationsDef = createRoute({
  method: 'get', path: '/office/organizations', summary: 'Officer: organisations of my municipalities waiting for verification, oldest first',
  request: { query: z.object({ status: z.enum(['unverified']).default('unverified') }) },
  responses: { 200: { description: 'The queue', content: jsonContent(z.object({ organisations: z.array(organisationSchema) })) }, ...errorResponses },
});
const offersDef = createRoute({
  method: 'get', path: '/office/offers', summary: 'Officer: offers of my municipalities waiting for review, and published ones hidden by reports, oldest first',
  request: { query: z.object({ status: z.enum(['pending_review']).default('pending_review') }) },
  responses: { 200: { description: 'The queue', content: jsonContent(z.object({ offers: z.array(queuedOffer) })) }, ...errorResponses },
});
const offerDef = createRoute({
  method: 'get', path: '/office/offers/{id}', summary: 'Officer: an offer with what its review needs: screening flags, history and open reports',
  request: { params: z.object({ id: z.coerce.number().int().positive() }), query: z.object({ lang: z.enum(['es', 'en']).optional() }) },
  responses: { 200: { description: 'The offer’s review file', content: jsonContent(reviewFile) }, 404: { description: 'No such offer in my municipalities' }, ...errorResponses },
});

/** The officer's municipalities ('*' for an admin); anyone else is refused. */
function scopeOf(c: Parameters<typeof requireUser>[0], services: Services, action: string): '*' | number[] {
  const actor: Actor = requireUser(c);
  const scope = officerScope(actor);
  authorize(c, services, scope === '*' || scope.length > 0, action);
  return scope;
}

export function officeQueueRoutes(services: Services) {
  const { db } = services;
  return routeGroup()
    .openapi(organisationsDef, async (c) => {
      const scope = scopeOf(c, services, 'office.organisations');
      c.header('cache-control', 'no-store');
      return c.json({ organisations: (await organisationsAwaitingVerification(db, scope)).map(fullOrganisation) }, 200);
    })
    .openapi(offersDef, async (c) => {
      const scope = scopeOf(c, services, 'office.offers');
      const { offers, organisations } = schema;
      const waiting = or(eq(offers.status, 'pending_review'), and(eq(offers.status, 'published'), eq(offers.hiddenByReports, true)));
      const rows = await db.orm
        .select({ offer: offers, organisation: { id: organisations.id, name: organisations.name, verification: organisations.verification } })
        .from(offers)
        .innerJoin(organisations, eq(organisations.id, offers.organisationId))
        .where(scope === '*' ? waiting : and(waiting, inArray(offers.municipalityId, scope)))
        .orderBy(asc(offers.updatedAt), asc(offers.id));
      c.header('cache-control', 'no-store');
      return c.json({
        offers: rows.map(({ offer, organisation }) => ({
          id: offer.id, title: offer.title, status: offer.status, municipalityId: offer.municipalityId, organisation,
          flags: offer.flags, hiddenByReports: offer.hiddenByReports, updatedAt: offer.updatedAt.toISOString(),
        })),
      }, 200);
    })
    .openapi(offerDef, async (c) => {
      const scope = scopeOf(c, services, 'office.offer');
      const { offer, organisation } = await offerInContext(db, c.get('actor'), c.req.valid('param').id);
      // An officer of another municipality learns nothing, not even that the offer exists.
      if (scope !== '*' && !scope.includes(offer.municipalityId)) throw new ApiError('NOT_FOUND', 'There is no such offer.');
      const lang = requestLanguage(c.req.valid('query').lang, c.req.header('accept-language'));
      const reports = await openReports(db, offer.id);
      c.header('cache-control', 'no-store');
      return c.json({
        ...(await ownOfferView(db, offer, organisation, lang)),
        // Who reported stays with the API: the office reads what was reported and when.
        reports: reports.map((r) => ({ reason: r.reason, details: r.details, at: r.createdAt.toISOString() })),
      }, 200);
    });
}
