import { createRoute, z } from '@hono/zod-openapi';
import { findMunicipality, loadProfile } from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { offerInContext } from '../offers/access';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { candidatesFor } from './candidates';
import { recommendationsFor } from './recommendations';
import { EARLIEST_TIME_ZONE } from '../offers/views';

const localised = z.object({ es: z.string(), en: z.string() });
const reason = z.object({ code: z.string(), positive: z.boolean(), text: localised });
const missing = z.object({ skillId: z.number(), required: z.boolean(), label: localised });

const recommendationsDef = createRoute({
  method: 'get', path: '/me/recommendations', summary: 'Offers for me, best first, each with its score, the reasons and the skills I lack',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(50).default(20) }) },
  responses: {
    200: { description: 'Best first', content: jsonContent(z.object({ recommendations: z.array(z.object({ offer: z.any(), score: z.number(), reasons: z.array(reason), missingSkills: z.array(missing) })) }).openapi('Recommendations')) },
    404: { description: 'No profile yet' }, ...errorResponses,
  },
});
const candidatesDef = createRoute({
  method: 'get', path: '/offers/{id}/candidates', summary: 'For the offer’s verified organisation: eligible people best first, anonymous unless they shared their contact',
  request: { params: z.object({ id: z.coerce.number().int().positive() }), query: z.object({ page: z.coerce.number().int().min(1).max(20).default(1), perPage: z.coerce.number().int().min(1).max(50).default(20) }) },
  responses: {
    200: { description: 'Best first', content: jsonContent(z.object({ total: z.number(), candidates: z.array(z.object({ view: z.any(), contact: z.any(), acceptsContactRequests: z.boolean(), score: z.number(), reasons: z.array(reason), missingSkills: z.array(missing) })) }).openapi('Candidates')) },
    404: { description: 'No such offer' }, ...errorResponses,
  },
});

export function matchingRoutes(services: Services) {
  const { db } = services;
  return routeGroup()
    .openapi(recommendationsDef, async (c) => {
      const actor = requireUser(c);
      const profile = await loadProfile(db, actor.userId);
      if (!profile) throw new ApiError('NOT_FOUND', 'Make your profile first: recommendations come from it.');
      c.header('cache-control', 'no-store');
      return c.json({ recommendations: await recommendationsFor(services, profile, c.req.valid('query').limit) }, 200);
    })
    .openapi(candidatesDef, async (c) => {
      const actor = requireUser(c);
      const { offer, organisation, standing } = await offerInContext(db, actor, c.req.valid('param').id);
      // Only a verified organisation sees job seekers, and only for its own offers.
      authorize(c, services, standing === 'member' && organisation.verification === 'verified', 'offer.candidates');
      const { page, perPage } = c.req.valid('query');
      const municipality = await findMunicipality(db, offer.municipalityId);
      c.header('cache-control', 'no-store');
      return c.json(await candidatesFor(services, offer, organisation.id, municipality?.timeZone ?? EARLIEST_TIME_ZONE, page, perPage, services.candidateExposureLimit ?? 20), 200);
    });
}
