import { createRoute, z } from '@hono/zod-openapi';
import { canMoveOrder, orderInputSchema, orderStates, orderTotalMinor, type OrderParty } from '@solidaria/core';
import {
  createOrderWrites, enterpriseMemberIds, findEnterprise, findMarketDay, findMunicipality, findOrder, isEnterpriseMember, loadProducts, marketsWithDays, moveOrderWrites, orderHistory, ordersOfEnterprise, takesPart,
} from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { limitRate } from '../auth/throttle';
import { newToken } from '../auth/tokens';
import { ApiError } from '../errors';
import { EARLIEST_TIME_ZONE, todayIn } from '../offers/views';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { notificationWrites } from '../notifications/notify';
import { localMoment } from './local-time';
import { orderReadyMailWrites } from './order-mail';

const HOUR = 3_600_000;
const publicIdParam = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) });
const orderOut = z.object({ order: z.any() }).openapi('Order');

const marketsDef = createRoute({ method: 'get', path: '/markets', summary: 'Markets and their coming days, with the enterprises taking part', responses: { 200: { description: 'Markets', content: jsonContent(z.object({ markets: z.array(z.unknown()) })) }, ...errorResponses } });
const createDef = createRoute({ method: 'post', path: '/orders', summary: 'Order from one enterprise (guests too), for pickup; the stock is reserved at once', request: { body: jsonBody(orderInputSchema) }, responses: { 201: { description: 'The order; its id is the buyer’s link to it', content: jsonContent(orderOut) }, 409: { description: 'Not enough stock, or orders for that market day are closed' }, ...errorResponses } });
const getDef = createRoute({ method: 'get', path: '/orders/{id}', summary: 'An order, for whoever holds its link (the buyer) or its enterprise’s vendors, with where to pick it up and how to pay', request: { params: publicIdParam }, responses: { 200: { description: 'The order and its enterprise', content: jsonContent(z.object({ order: z.unknown(), enterprise: z.unknown(), history: z.array(z.object({ at: z.string(), from: z.enum(orderStates).nullable(), to: z.enum(orderStates) })), timeZone: z.string(), cardPayable: z.boolean() })) }, 404: { description: 'No such order' }, ...errorResponses } });
const moveDef = createRoute({ method: 'post', path: '/orders/{id}/transitions', summary: 'Move an order: the vendor marks it paid, ready, completed (or cancels or refunds); the buyer may cancel before paying', request: { params: publicIdParam, body: jsonBody(z.object({ to: z.enum(orderStates) }).openapi('OrderMove')) }, responses: { 200: { description: 'The new state', content: jsonContent(z.object({ state: z.enum(orderStates) })) }, 404: { description: 'No such order' }, 409: { description: 'Not a move from this state' }, ...errorResponses } });
const vendorOrdersDef = createRoute({ method: 'get', path: '/enterprises/{id}/orders', summary: 'The enterprise’s orders, newest first, with the buyers’ contact, for its vendors', request: { params: z.object({ id: z.coerce.number().int().positive() }) }, responses: { 200: { description: 'Orders', content: jsonContent(z.object({ orders: z.array(z.unknown()) })) }, 404: { description: 'No such enterprise' }, ...errorResponses } });

export function orderRoutes(services: Services) {
  const { db, clock } = services;
  return routeGroup()
    .openapi(marketsDef, async (c) => {
      c.header('cache-control', 'public, max-age=60');
      return c.json({ markets: await marketsWithDays(db, todayIn(EARLIEST_TIME_ZONE, clock.now())) }, 200);
    })
    .openapi(createDef, async (c) => {
      const now = clock.now();
      await limitRate(db, `ip:${services.clientAddress(c)}:order`, 30, HOUR, now);
      const input = c.req.valid('json');
      const enterprise = await findEnterprise(db, { id: input.enterpriseId });
      if (!enterprise) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { enterpriseId: 'Unknown enterprise.' });
      // Cards only where Stripe is set up; the offline methods the enterprise takes, always.
      if ((input.paymentMethod === 'card' && !services.cardPayments) || !enterprise.paymentMethods.includes(input.paymentMethod)) {
        throw new ApiError('VALIDATION_FAILED', 'This enterprise does not take that payment method.', { paymentMethod: 'Not accepted here.' });
      }
      const quantities = new Map<number, number>();
      for (const item of input.items) quantities.set(item.productId, (quantities.get(item.productId) ?? 0) + item.quantity);
      const products = await loadProducts(db, [...quantities.keys()]);
      if (products.length !== quantities.size || products.some((p) => p.enterpriseId !== enterprise.id || !p.active)) {
        throw new ApiError('VALIDATION_FAILED', 'Some products are not for sale here.', { items: 'Unknown product.' });
      }
      if (input.marketDayId !== null) {
        const found = await findMarketDay(db, input.marketDayId);
        const municipality = found ? await findMunicipality(db, found.market.municipalityId) : undefined;
        if (!found || !municipality || !(await takesPart(db, found.day.id, enterprise.id))) throw new ApiError('VALIDATION_FAILED', 'This enterprise is not at that market day.', { marketDayId: 'Not at this market day.' });
        const closes = localMoment(found.day.date, found.day.opensAt, municipality.timeZone).getTime() - found.day.ordersCloseHoursBefore * HOUR;
        if (now.getTime() >= closes) throw new ApiError('CONFLICT', 'Orders for that market day are closed.');
      }
      const lines = products.map((p) => ({ productId: p.id, name: p.name, unitPriceMinor: p.priceMinor, quantity: quantities.get(p.id)!, stocked: p.stock !== null }));
      const publicId = newToken().replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24);
      const actor = c.get('actor');
      try {
        await db.atomic(
          createOrderWrites(db, {
            publicId, enterpriseId: enterprise.id, buyerUserId: actor.kind === 'user' ? actor.userId : null, buyerName: input.buyerName, buyerPhone: input.buyerPhone, buyerEmail: input.buyerEmail,
            paymentMethod: input.paymentMethod, marketDayId: input.marketDayId, note: input.note, totalMinor: orderTotalMinor(lines), currency: products[0]!.currency, lines, now,
          }).concat(await notificationWrites(db, await enterpriseMemberIds(db, enterprise.id), 'new_order', `${services.publicOrigin}/vendor/enterprises/${enterprise.slug}`, now)),
        );
      } catch (error) {
        // The stock's CHECK refused it: another buyer took the last units first.
        if (String(error).includes('CHECK')) throw new ApiError('CONFLICT', 'Not enough left of one of the products.');
        throw error;
      }
      c.header('cache-control', 'no-store');
      return c.json({ order: await findOrder(db, { publicId }) }, 201);
    })
    .openapi(getDef, async (c) => {
      const order = await findOrder(db, { publicId: c.req.valid('param').id });
      if (!order) throw new ApiError('NOT_FOUND', 'There is no such order.');
      const enterprise = await findEnterprise(db, { id: order.enterpriseId });
      const municipality = enterprise ? await findMunicipality(db, enterprise.municipalityId) : undefined;
      c.header('cache-control', 'no-store');
      return c.json({
        order,
        // Its moves, for the buyer to see when each happened (in the municipality's time zone).
        history: (await orderHistory(db, order.id)).map((e) => ({ at: e.at.toISOString(), from: e.fromState, to: e.toState })),
        timeZone: municipality?.timeZone ?? EARLIEST_TIME_ZONE,
        // A "Pay by card" button: Stripe set up, the order waiting for a card payment the enterprise takes.
        cardPayable: Boolean(services.cardPayments) && order.state === 'pending_payment' && order.paymentMethod === 'card' && Boolean(enterprise?.paymentMethods.includes('card')),
        enterprise: enterprise
          ? { id: enterprise.id, slug: enterprise.slug, name: enterprise.name, pickupPoint: enterprise.pickupPoint, paymentInstructions: enterprise.paymentInstructions, whatsapp: enterprise.whatsapp, phone: enterprise.phone }
          : null,
      }, 200);
    })
    .openapi(moveDef, async (c) => {
      const order = await findOrder(db, { publicId: c.req.valid('param').id });
      if (!order) throw new ApiError('NOT_FOUND', 'There is no such order.');
      const actor = c.get('actor');
      // The vendor is known by the enterprise; the buyer by holding the order's link.
      const party: OrderParty = actor.kind === 'user' && (await isEnterpriseMember(db, order.enterpriseId, actor.userId)) ? 'vendor' : 'buyer';
      const { to } = c.req.valid('json');
      if (!canMoveOrder(order.state, to, party)) throw new ApiError('CONFLICT', `An order cannot go from ${order.state} to ${to} by the ${party}.`);
      const now = clock.now();
      const enterprise = to === 'ready' ? await findEnterprise(db, { id: order.enterpriseId }) : undefined;
      await db.atomic([
        ...moveOrderWrites(db, order, to, actor.kind === 'user' ? actor.userId : null, now),
        ...(enterprise ? orderReadyMailWrites(db, order, enterprise.name, services.publicOrigin, now) : []),
      ]);
      return c.json({ state: (await findOrder(db, { id: order.id }))!.state }, 200);
    })
    .openapi(vendorOrdersDef, async (c) => {
      const actor = requireUser(c);
      const enterprise = await findEnterprise(db, { id: c.req.valid('param').id });
      if (!enterprise) throw new ApiError('NOT_FOUND', 'There is no such enterprise.');
      authorize(c, services, await isEnterpriseMember(db, enterprise.id, actor.userId), 'orders.list');
      c.header('cache-control', 'no-store');
      return c.json({ orders: await ordersOfEnterprise(db, enterprise.id) }, 200);
    });
}
