import { createRoute, z } from '@hono/zod-openapi';
import { offerSalarySchema, workingTimes } from '@solidaria/core';
import { findMunicipality, findOrganisation } from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { isEmployer, standingOf } from '../organisations/access';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { screen } from './screening';

// A draft being written: nothing is required yet, so problems show while typing.
const draftBody = z
  .object({
    organisationId: z.number().int().positive().optional(),
    municipalityId: z.number().int().positive(),
    title: z.string().max(120).default(''),
    description: z.string().max(5000).default(''),
    howToApply: z.string().max(500).default(''),
    occupationId: z.number().int().positive().nullable().default(null),
    salary: offerSalarySchema.default({ kind: 'to_agree' }),
    workAbroad: z.boolean().default(false),
    suitableForAdolescents: z.boolean().default(false),
    workingTime: z.enum(workingTimes).default('full_time'),
  })
  .openapi('OfferDraftToScreen');

const finding = z.object({ code: z.string(), field: z.string().optional(), reason: z.object({ es: z.string(), en: z.string() }) });
const def = createRoute({
  method: 'post', path: '/offers/screening', summary: 'Any employer: screen a draft without saving it; the blocks and flags it would get, with reasons',
  request: { body: jsonBody(draftBody) },
  responses: { 200: { description: 'What screening finds', content: jsonContent(z.object({ blocks: z.array(finding), flags: z.array(finding) }).openapi('Screening')) }, ...errorResponses },
});

export function screeningRoutes(services: Services) {
  const { db } = services;
  return routeGroup().openapi(def, async (c) => {
    const actor = requireUser(c);
    authorize(c, services, isEmployer(actor), 'offer.screen');
    const { organisationId, municipalityId, ...draft } = c.req.valid('json');
    const municipality = await findMunicipality(db, municipalityId);
    if (!municipality) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { municipalityId: 'Unknown municipality.' });
    const organisation = organisationId ? await findOrganisation(db, organisationId) : undefined;
    // Another organisation's standing is none of the caller's business.
    const own = organisation && (await standingOf(db, actor, organisation)) === 'member' ? organisation : null;
    const { result } = await screen(services, draft, municipality.country, own, true);
    c.header('cache-control', 'no-store');
    return c.json(result, 200);
  });
}
