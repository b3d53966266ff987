import { createRoute, z } from '@hono/zod-openapi';
import { enterpriseCategories, enterpriseInputSchema, priceRangeKeys, productInputSchema, slugify } from '@solidaria/core';
import { createEnterprise, createProductWrite, enterprisesOf, findEnterprise, findMunicipality, isEnterpriseMember, loadProducts, nextProductId, productsOf, slugTaken, type Write } from '@solidaria/db';
import { enterpriseDocument, productDocument } from '@solidaria/search';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { refuseCardWithoutKeys, shownEnterprise } from './enterprise-views';

const enterpriseOut = z.object({ enterprise: z.any(), products: z.array(z.unknown()) }).openapi('Enterprise');
const productOut = z.object({ product: z.any() }).openapi('Product');
const searchOut = z.object({ results: z.array(z.unknown()), total: z.number(), facets: z.record(z.string(), z.record(z.string(), z.number())) });

const createDef = createRoute({ method: 'post', path: '/enterprises', summary: 'A vendor lists an enterprise', request: { body: jsonBody(enterpriseInputSchema) }, responses: { 201: { description: 'The enterprise', content: jsonContent(enterpriseOut) }, ...errorResponses } });
const mineDef = createRoute({ method: 'get', path: '/me/enterprises', summary: 'The enterprises I run', responses: { 200: { description: 'By name', content: jsonContent(z.object({ enterprises: z.array(z.object({ id: z.number(), slug: z.string(), name: z.string() })) })) }, ...errorResponses } });
const listDef = createRoute({
  method: 'get', path: '/enterprises', summary: 'Search enterprises (typos and accents forgiven), with facets',
  request: { query: z.object({ q: z.string().max(10_000).default(''), municipality: z.coerce.number().int().positive().optional(), category: z.enum(enterpriseCategories).optional(), page: z.coerce.number().int().min(1).max(50).default(1) }) },
  responses: { 200: { description: 'A page of enterprises', content: jsonContent(searchOut) }, ...errorResponses },
});
const getDef = createRoute({ method: 'get', path: '/enterprises/{slug}', summary: 'An enterprise’s public page: what it sells, where to pick it up, how to pay', request: { params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,64}$/) }) }, responses: { 200: { description: 'The enterprise and its products', content: jsonContent(enterpriseOut) }, 404: { description: 'No such enterprise' }, ...errorResponses } });
const productDef = createRoute({ method: 'post', path: '/enterprises/{id}/products', summary: 'The enterprise’s vendor adds a product', request: { params: z.object({ id: z.coerce.number().int().positive() }), body: jsonBody(productInputSchema) }, responses: { 201: { description: 'The product', content: jsonContent(productOut) }, 404: { description: 'No such enterprise' }, ...errorResponses } });
const productsDef = createRoute({
  method: 'get', path: '/products', summary: 'Search products for sale, with facets',
  request: { query: z.object({ q: z.string().max(10_000).default(''), municipality: z.coerce.number().int().positive().optional(), category: z.enum(enterpriseCategories).optional(), marketDay: z.coerce.number().int().positive().optional(), priceRange: z.enum(priceRangeKeys).optional(), page: z.coerce.number().int().min(1).max(50).default(1) }) },
  responses: { 200: { description: 'A page of products', content: jsonContent(searchOut) }, ...errorResponses },
});

export function enterpriseRoutes(services: Services) {
  const { db, search, clock } = services;
  const publicEnterprise = async (slug: string) => {
    const enterprise = await findEnterprise(db, { slug });
    if (!enterprise) throw new ApiError('NOT_FOUND', 'There is no such enterprise.');
    // Card is offered to buyers only where this site can take card payments.
    const acceptsCards = Boolean(services.cardPayments) && enterprise.paymentMethods.includes('card');
    return { enterprise: { ...shownEnterprise(enterprise), acceptsCards }, products: await productsOf(db, enterprise.id, true) };
  };
  return routeGroup()
    .openapi(createDef, async (c) => {
      const actor = requireUser(c);
      authorize(c, services, actor.grants.some((g) => g.role === 'vendor'), 'enterprise.create');
      const input = c.req.valid('json');
      if (!(await findMunicipality(db, input.municipalityId))) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { municipalityId: 'Unknown municipality.' });
      refuseCardWithoutKeys(services, input.paymentMethods);
      let slug = slugify(input.name);
      for (let n = 2; await slugTaken(db, slug); n++) slug = `${slugify(input.name)}-${n}`;
      const enterprise = await createEnterprise(db, { ...input, slug }, actor.userId, clock.now());
      await db.atomic(search.upsertWrites('enterprises', [await enterpriseDocument(db, enterprise)]));
      return c.json(await publicEnterprise(slug), 201);
    })
    .openapi(mineDef, async (c) => {
      const actor = requireUser(c);
      c.header('cache-control', 'no-store');
      return c.json({ enterprises: (await enterprisesOf(db, actor.userId)).map(({ id, slug, name }) => ({ id, slug, name })) }, 200);
    })
    .openapi(listDef, async (c) => {
      const { q, municipality, category, page } = c.req.valid('query');
      const filters = [
        ...(municipality ? [{ field: 'municipalityId', op: '=' as const, value: municipality }] : []),
        ...(category ? [{ field: 'category', op: '=' as const, value: category }] : []),
      ];
      const result = await search.search('enterprises', { q, filters, facets: ['category', 'municipalityId'], page, perPage: 20, highlight: q.trim() !== '' });
      c.header('cache-control', 'public, max-age=30');
      return c.json({ results: result.hits.map((h) => ({ ...h.document, highlights: h.highlights ?? {} })), total: result.total, facets: result.facets }, 200);
    })
    .openapi(getDef, async (c) => {
      c.header('cache-control', 'public, max-age=60');
      return c.json(await publicEnterprise(c.req.valid('param').slug), 200);
    })
    .openapi(productDef, async (c) => {
      const actor = requireUser(c);
      const enterprise = await findEnterprise(db, { id: c.req.valid('param').id });
      if (!enterprise) throw new ApiError('NOT_FOUND', 'There is no such enterprise.');
      authorize(c, services, await isEnterpriseMember(db, enterprise.id, actor.userId), 'product.create');
      const municipality = await findMunicipality(db, enterprise.municipalityId);
      const now = clock.now();
      // Two products at once may pick the same id; the loser tries the next one.
      for (let attempt = 0; ; attempt++) {
        const id = await nextProductId(db);
        const product = { id, enterpriseId: enterprise.id, ...c.req.valid('json'), currency: municipality!.currency, createdAt: now, updatedAt: now };
        const document = await productDocument(db, product, enterprise);
        const writes: Write[] = [createProductWrite(db, id, enterprise.id, c.req.valid('json'), municipality!.currency, now), ...(document ? search.upsertWrites('products', [document]) : [])];
        try {
          await db.atomic(writes);
          // The enterprise's document lists its products' names.
          await db.atomic(search.upsertWrites('enterprises', [await enterpriseDocument(db, enterprise)]));
          const [saved] = await loadProducts(db, [id]);
          return c.json({ product: saved }, 201);
        } catch (error) {
          if (attempt >= 3 || !String(error).includes('UNIQUE')) throw error;
        }
      }
    })
    .openapi(productsDef, async (c) => {
      const { q, municipality, category, marketDay, priceRange, page } = c.req.valid('query');
      const filters = [
        ...(municipality ? [{ field: 'municipalityId', op: '=' as const, value: municipality }] : []),
        ...(category ? [{ field: 'category', op: '=' as const, value: category }] : []),
        ...(marketDay ? [{ field: 'marketDayIds', op: 'in' as const, values: [marketDay] }] : []),
        ...(priceRange ? [{ field: 'priceRange', op: '=' as const, value: priceRange }] : []),
      ];
      const result = await search.search('products', { q, filters, facets: ['category', 'municipalityId', 'marketDayIds', 'priceRange'], page, perPage: 20, highlight: q.trim() !== '' });
      c.header('cache-control', 'public, max-age=30');
      return c.json({ results: result.hits.map((h) => ({ ...h.document, highlights: h.highlights ?? {} })), total: result.total, facets: result.facets }, 200);
    });
}
