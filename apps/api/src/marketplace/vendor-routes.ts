import { createRoute, z } from '@hono/zod-openapi';
import { enterpriseEditSchema, isReachable, monthlySales, productEditSchema } from '@solidaria/core';
import {
  comingMarketDaysIn, findEnterprise, findMarketDay, findProduct, joinMarketDayWrite, leaveMarketDayWrite, loadProducts, marketDayIdsOfEnterprise,
  openOrdersForDay, ordersOfEnterprise, updateEnterpriseWrite, updateProductWrite, uploadsOwnedBy,
} from '@solidaria/db';
import type { Context } from 'hono';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import { todayIn } from '../offers/views';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { allProductsOf, enterpriseIndexWrites, enterpriseWithProgramme, ownEnterprise, refuseCardWithoutKeys, shownEnterprise } from './enterprise-views';
import { localMoment } from './local-time';

const HOUR = 3_600_000;
const idParam = z.object({ id: z.coerce.number().int().positive() });
const dayParams = z.object({ id: z.coerce.number().int().positive(), dayId: z.coerce.number().int().positive() });
const daysOut = z.object({ marketDayIds: z.array(z.number()) }).openapi('EnterpriseMarketDays');

const editDef = createRoute({
  method: 'patch', path: '/enterprises/{id}', summary: 'Its vendors change an enterprise (only the fields sent); its search documents change with it',
  request: { params: idParam, body: jsonBody(enterpriseEditSchema) },
  responses: { 200: { description: 'The enterprise and its products', content: jsonContent(z.object({ enterprise: z.any(), products: z.array(z.unknown()) })) }, 404: { description: 'No such enterprise' }, ...errorResponses },
});
const productEditDef = createRoute({
  method: 'patch', path: '/products/{id}', summary: 'Its vendors change a product or switch it off (out of search, not for sale) and on',
  request: { params: idParam, body: jsonBody(productEditSchema) },
  responses: { 200: { description: 'The product', content: jsonContent(z.object({ product: z.any() })) }, 404: { description: 'No such product' }, ...errorResponses },
});
const workspaceDef = createRoute({
  method: 'get', path: '/enterprises/{id}/workspace', summary: 'For its vendors: every product (switched-off ones too), the coming market days of its municipality, monthly sales in its time zone, the programme',
  request: { params: idParam },
  responses: { 200: { description: 'The vendor’s view', content: jsonContent(z.object({ enterprise: z.any(), products: z.array(z.unknown()), marketDays: z.array(z.unknown()), sales: z.any() })) }, 404: { description: 'No such enterprise' }, ...errorResponses },
});
const joinDef = createRoute({
  method: 'put', path: '/enterprises/{id}/market-days/{dayId}', summary: 'Its vendors make the enterprise take part in a coming market day of its municipality',
  request: { params: dayParams },
  responses: { 200: { description: 'The days it takes part in', content: jsonContent(daysOut) }, 404: { description: 'No such enterprise or market day in its municipality' }, 409: { description: 'The day is past' }, ...errorResponses },
});
const leaveDef = createRoute({
  method: 'delete', path: '/enterprises/{id}/market-days/{dayId}', summary: 'Its vendors withdraw the enterprise from a market day (not while orders for that day are open)',
  request: { params: dayParams },
  responses: { 200: { description: 'The days it takes part in', content: jsonContent(daysOut) }, 404: { description: 'No such enterprise or market day' }, 409: { description: 'Orders for that day are still open' }, ...errorResponses },
});

/** New photos must be the caller's own uploads; photos already attached stay. */
async function checkPhotos(services: Services, userId: number, photoIds: readonly string[] | undefined, attached: readonly string[]) {
  const added = (photoIds ?? []).filter((id) => !attached.includes(id));
  if (added.length === 0) return;
  const owned = await uploadsOwnedBy(services.db, added, userId);
  if (owned.length !== new Set(added).size) throw new ApiError('VALIDATION_FAILED', 'Some photos are not uploads of yours.', { photoIds: 'Upload the photo first.' });
}

/** A market day of the enterprise's municipality, or a 404. */
async function dayOf(c: Context<AppEnv>, services: Services, { id, dayId }: z.infer<typeof dayParams>, action: string) {
  const own = await ownEnterprise(c, services, id, action);
  const found = await findMarketDay(services.db, dayId);
  if (!found || found.market.municipalityId !== own.enterprise.municipalityId) throw new ApiError('NOT_FOUND', 'There is no such market day in this municipality.');
  return { ...own, day: found.day };
}

export function vendorRoutes(services: Services) {
  const { db, clock } = services;
  return routeGroup()
    .openapi(editDef, async (c) => {
      const { actor, enterprise } = await ownEnterprise(c, services, c.req.valid('param').id, 'enterprise.edit');
      const edit = c.req.valid('json');
      // An UPDATE with nothing to set is an SQL error, not a no-op: refuse an empty edit.
      if (Object.keys(edit).length === 0) throw new ApiError('VALIDATION_FAILED', 'Send at least one field to change.', { body: 'Required' });
      if (!enterprise.paymentMethods.includes('card')) refuseCardWithoutKeys(services, edit.paymentMethods ?? []);
      await checkPhotos(services, actor.userId, edit.photoIds, enterprise.photoIds);
      const changed = { ...enterprise, ...edit };
      if (!isReachable(changed)) throw new ApiError('VALIDATION_FAILED', 'Give a way to reach the enterprise.', { whatsapp: 'Give a way to reach the enterprise.' });
      await db.atomic([updateEnterpriseWrite(db, enterprise.id, edit), ...(await enterpriseIndexWrites(services, changed, await allProductsOf(db, enterprise.id)))]);
      c.header('cache-control', 'no-store');
      return c.json({ enterprise: shownEnterprise((await findEnterprise(db, { id: enterprise.id }))!), products: await allProductsOf(db, enterprise.id) }, 200);
    })
    .openapi(productEditDef, async (c) => {
      const product = await findProduct(db, c.req.valid('param').id);
      if (!product) throw new ApiError('NOT_FOUND', 'There is no such product.');
      const { actor, enterprise } = await ownEnterprise(c, services, product.enterpriseId, 'product.edit');
      const edit = c.req.valid('json');
      if (Object.keys(edit).length === 0) throw new ApiError('VALIDATION_FAILED', 'Send at least one field to change.', { body: 'Required' });
      await checkPhotos(services, actor.userId, edit.photoIds, product.photoIds);
      const now = clock.now();
      const changed = { ...product, ...edit, updatedAt: now };
      const products = (await allProductsOf(db, enterprise.id)).map((p) => (p.id === product.id ? changed : p));
      await db.atomic([updateProductWrite(db, product.id, edit, now), ...(await enterpriseIndexWrites(services, enterprise, products))]);
      c.header('cache-control', 'no-store');
      return c.json({ product: (await loadProducts(db, [product.id]))[0] }, 200);
    })
    .openapi(workspaceDef, async (c) => {
      const { enterprise, municipality } = await ownEnterprise(c, services, c.req.valid('param').id, 'enterprise.workspace');
      const now = clock.now();
      const [products, days, joined, orders] = await Promise.all([
        allProductsOf(db, enterprise.id), comingMarketDaysIn(db, enterprise.municipalityId, todayIn(municipality.timeZone, now)), marketDayIdsOfEnterprise(db, enterprise.id), ordersOfEnterprise(db, enterprise.id),
      ]);
      c.header('cache-control', 'no-store');
      return c.json({
        enterprise: enterpriseWithProgramme(enterprise),
        products,
        marketDays: days.map((day) => ({
          ...day, joined: joined.includes(day.id),
          ordersClosed: now.getTime() >= localMoment(day.date, day.opensAt, municipality.timeZone).getTime() - day.ordersCloseHoursBefore * HOUR,
        })),
        sales: { timeZone: municipality.timeZone, currency: municipality.currency, months: monthlySales(orders, municipality.timeZone, now) },
      }, 200);
    })
    .openapi(joinDef, async (c) => {
      const { enterprise, municipality, day } = await dayOf(c, services, c.req.valid('param'), 'enterprise.market_day');
      if (day.date < todayIn(municipality.timeZone, clock.now())) throw new ApiError('CONFLICT', 'That market day is past.');
      const days = [...new Set([...(await marketDayIdsOfEnterprise(db, enterprise.id)), day.id])];
      await db.atomic([joinMarketDayWrite(db, day.id, enterprise.id), ...(await enterpriseIndexWrites(services, enterprise, await allProductsOf(db, enterprise.id), days))]);
      c.header('cache-control', 'no-store');
      return c.json({ marketDayIds: await marketDayIdsOfEnterprise(db, enterprise.id) }, 200);
    })
    .openapi(leaveDef, async (c) => {
      const { enterprise, day } = await dayOf(c, services, c.req.valid('param'), 'enterprise.market_day');
      if ((await openOrdersForDay(db, day.id, enterprise.id)) > 0) throw new ApiError('CONFLICT', 'Orders for that market day are still open: hand them over or cancel them first.');
      const days = (await marketDayIdsOfEnterprise(db, enterprise.id)).filter((id) => id !== day.id);
      await db.atomic([leaveMarketDayWrite(db, day.id, enterprise.id), ...(await enterpriseIndexWrites(services, enterprise, await allProductsOf(db, enterprise.id), days))]);
      c.header('cache-control', 'no-store');
      return c.json({ marketDayIds: await marketDayIdsOfEnterprise(db, enterprise.id) }, 200);
    });
}
