import { createRoute, z } from '@hono/zod-openapi';
import { contractTypes, isPublic, workingTimes } from '@solidaria/core';
import { findMunicipality, listMunicipalities, loadOffers } from '@solidaria/db';
import { dateNumber, type Filter } from '@solidaria/search';
import { errorResponses, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { offerInContext } from './access';
import { ownOfferSchema, ownOfferView } from './own-view';
import { EARLIEST_TIME_ZONE, offerView, requestLanguage, todayIn } from './views';

// Searches count closing dates in the earliest time zone: an offer shows at most an hour longer in Panama.
const PER_PAGE = 20;

const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');
const searchQuery = z.object({
  q: z.string().max(10_000).default(''),
  municipality: z.coerce.number().int().positive().optional(),
  occupation: z.coerce.number().int().positive().optional(),
  contract: z.enum(contractTypes).optional(),
  workingTime: z.enum(workingTimes).optional(),
  salaryMin: z.coerce.number().int().min(0).max(1e11).optional().openapi({ description: 'Monthly pay at least this, in minor units of the municipality’s currency (needs `municipality`)' }),
  remote: boolParam.optional(),
  adolescents: boolParam.optional().openapi({ description: 'Only offers suitable for 15–17-year-olds' }),
  sort: z.enum(['relevance', 'newest', 'salary']).default('relevance'),
  page: z.coerce.number().int().min(1).max(50).default(1),
  perPage: z.coerce.number().int().min(1).max(50).default(PER_PAGE),
  lang: z.enum(['es', 'en']).optional(),
});

const facetValue = z.object({ value: z.string(), label: z.string(), count: z.number() });
const searchResult = z
  .object({
    results: z.array(
      z.object({
        id: z.number(),
        title: z.string(),
        titleHighlight: z.string().optional(),
        snippet: z.string().optional().openapi({ description: 'Part of the description around the matched words, with <mark> (HTML-escaped text)' }),
        organisation: z.object({ id: z.number(), name: z.string() }),
        municipality: z.object({ id: z.number(), name: z.string() }),
        remote: z.boolean(),
        contractType: z.string(),
        workingTime: z.string(),
        salary: z.any(),
        currency: z.string(),
        closesOn: z.string(),
        publishedAt: z.string().nullable(),
      }),
    ),
    total: z.number(),
    totalIsLowerBound: z.boolean(),
    page: z.number(),
    perPage: z.number(),
    facets: z.object({ municipality: z.array(facetValue), contractType: z.array(facetValue), workingTime: z.array(facetValue), remote: z.array(facetValue) }),
  })
  .openapi('OfferSearch');

const searchDef = createRoute({
  method: 'get', path: '/offers', summary: 'Search published offers (typos, accents and regional words forgiven), with facets',
  request: { query: searchQuery },
  responses: { 200: { description: 'A page of offers, best first', content: jsonContent(searchResult) }, ...errorResponses },
});
const byIdDef = createRoute({
  method: 'get', path: '/offers/{id}', summary: 'One offer: public when published by a verified organisation; its people and office see every state',
  request: { params: z.object({ id: z.coerce.number().int().positive() }), query: z.object({ lang: z.enum(['es', 'en']).optional() }) },
  responses: { 200: { description: 'The offer; for its organisation’s people and the office, with flags, reason and history', content: jsonContent(ownOfferSchema.partial().required({ offer: true }).openapi('OfferRead')) }, 404: { description: 'No offer the caller may see' }, ...errorResponses },
});

export function publicOfferRoutes(services: Services) {
  const { db, search, clock } = services;
  return routeGroup()
    .openapi(searchDef, async (c) => {
      const query = c.req.valid('query');
      const lang = requestLanguage(query.lang, c.req.header('accept-language'));
      const filters: Filter[] = [{ field: 'closesOn', op: '>=', value: dateNumber(todayIn(EARLIEST_TIME_ZONE, clock.now())) }];
      if (query.municipality) filters.push({ field: 'municipalityId', op: '=', value: query.municipality });
      if (query.occupation) filters.push({ field: 'occupationId', op: '=', value: query.occupation });
      if (query.contract) filters.push({ field: 'contractType', op: '=', value: query.contract });
      if (query.workingTime) filters.push({ field: 'workingTime', op: '=', value: query.workingTime });
      if (query.remote !== undefined) filters.push({ field: 'remote', op: '=', value: query.remote });
      if (query.adolescents) filters.push({ field: 'suitableForAdolescents', op: '=', value: true });
      if (query.salaryMin !== undefined) {
        const municipality = query.municipality ? await findMunicipality(db, query.municipality) : undefined;
        if (!municipality) throw new ApiError('VALIDATION_FAILED', 'Choose a municipality: pay is compared in its currency.', { salaryMin: 'Choose a municipality first.' });
        filters.push({ field: 'salaryMonthlyMax', op: '>=', value: query.salaryMin });
      }
      const sort =
        query.sort === 'newest' || (query.sort === 'relevance' && query.q.trim() === '') ? [{ field: 'publishedAt', direction: 'desc' as const }]
        : query.sort === 'salary' ? [{ field: 'salaryMonthlyMax', direction: 'desc' as const }]
        : [];
      const result = await search.search('offers', {
        q: query.q, filters, sort, page: query.page, perPage: query.perPage, highlight: query.q.trim() !== '',
        facets: ['municipalityId', 'contractType', 'workingTime', 'remote'],
      });
      const municipalities = new Map((await listMunicipalities(db)).map((m) => [m.id, m]));
      const results = [];
      const offers = new Map((await loadOffers(db, result.hits.map((hit) => hit.document.id))).map((o) => [o.id, o]));
      for (const hit of result.hits) {
        const offer = offers.get(hit.document.id);
        if (!offer) continue;
        const municipality = municipalities.get(offer.municipalityId);
        results.push({
          id: offer.id,
          title: offer.title,
          ...(hit.highlights?.title ? { titleHighlight: hit.highlights.title } : {}),
          ...(hit.highlights?.description ? { snippet: hit.highlights.description } : {}),
          organisation: { id: offer.organisationId, name: String(hit.document.organisationName) },
          municipality: { id: offer.municipalityId, name: municipality?.name ?? '' },
          remote: offer.remote,
          contractType: offer.contractType,
          workingTime: offer.workingTime,
          salary: offer.salary,
          currency: offer.currency,
          closesOn: offer.closesOn,
          publishedAt: offer.publishedAt?.toISOString() ?? null,
        });
      }
      const facet = (name: string, label: (value: string) => string) =>
        Object.entries(result.facets[name] ?? {}).map(([value, count]) => ({ value, label: label(value), count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, lang));
      c.header('cache-control', 'public, max-age=30');
      return c.json({
        results, total: result.total, totalIsLowerBound: result.totalIsLowerBound, page: result.page, perPage: result.perPage,
        facets: {
          municipality: facet('municipalityId', (v) => municipalities.get(Number(v))?.name ?? v),
          contractType: facet('contractType', (v) => v),
          workingTime: facet('workingTime', (v) => v),
          remote: facet('remote', (v) => v),
        },
      }, 200);
    })
    .openapi(byIdDef, async (c) => {
      const lang = requestLanguage(c.req.valid('query').lang, c.req.header('accept-language'));
      const { offer, organisation, standing } = await offerInContext(db, c.get('actor'), c.req.valid('param').id);
      const municipality = await findMunicipality(db, offer.municipalityId);
      const visible = isPublic(offer, organisation.verification === 'verified', todayIn(municipality?.timeZone ?? EARLIEST_TIME_ZONE, clock.now()));
      // An offer the public may not see answers exactly like one that does not exist.
      if (!visible && standing === 'public') throw new ApiError('NOT_FOUND', 'There is no such offer.');
      if (standing !== 'public') {
        c.header('cache-control', 'no-store');
        return c.json(await ownOfferView(db, offer, organisation, lang), 200);
      }
      c.header('cache-control', 'public, max-age=60');
      return c.json({ offer: await offerView(db, offer, organisation, lang) }, 200);
    });
}
