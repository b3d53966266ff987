import { createRoute, z } from '@hono/zod-openapi';
import { canMoveOrder } from '@solidaria/core';
import { findEnterprise, findOrder, moveOrderWrites, paymentEventSeen, paymentEventWrite, setChargesEnabledWrite, setCheckoutSessionWrite, type Write } from '@solidaria/db';
import { WebhookSignatureError, platformFeeMinor } from '@solidaria/payments';
import { errorResponses, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { routeGroup } from '../route-group';
import type { Services } from '../services';

const CHECKOUT_MINUTES = 30;
const EXPIRY_STEP_SECONDS = 10 * 60;

/**
 * When a new session expires: 30–40 minutes from now (Stripe accepts 30 min–24 h), on a 10-minute
 * step, so two clicks a moment apart send the same parameters and Stripe's idempotency key replays
 * the first session instead of refusing the second request.
 */
export function checkoutExpiry(now: Date): number {
  const seconds = Math.floor(now.getTime() / 1000);
  return (Math.floor(seconds / EXPIRY_STEP_SECONDS) + 1) * EXPIRY_STEP_SECONDS + CHECKOUT_MINUTES * 60;
}

const checkoutDef = createRoute({
  method: 'post', path: '/orders/{id}/checkout', summary: 'Card payment: a Stripe Checkout session for a pending card order (the same one for a double click)',
  request: { params: z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) }) },
  responses: { 200: { description: 'Where to pay', content: jsonContent(z.object({ url: z.string() })) }, 404: { description: 'No such order' }, 409: { description: 'Not a pending card order' }, 503: { description: 'Card payments are not set up' }, ...errorResponses },
});
const webhookDef = createRoute({
  method: 'post', path: '/payments/stripe/webhook', summary: 'Stripe’s events, verified on the raw body; each event applied once',
  responses: { 200: { description: 'Received', content: jsonContent(z.object({ received: z.literal(true) })) }, 400: { description: 'Bad signature, or older than 300 s' } },
});

export function paymentRoutes(services: Services) {
  const { db, clock, cardPayments, publicOrigin } = services;
  return routeGroup()
    .openapi(checkoutDef, async (c) => {
      if (!cardPayments) throw new ApiError('UNAVAILABLE', 'Card payments are not set up here.');
      const order = await findOrder(db, { publicId: c.req.valid('param').id });
      if (!order) throw new ApiError('NOT_FOUND', 'There is no such order.');
      if (order.paymentMethod !== 'card' || order.state !== 'pending_payment') throw new ApiError('CONFLICT', 'This order is not waiting for a card payment.');
      c.header('cache-control', 'no-store');
      // A second click, or the buyer back from Stripe's cancel link, goes to the same open session.
      const earlier = order.stripeSessionId ? await cardPayments.getCheckoutSession(order.stripeSessionId) : null;
      if (earlier?.status === 'open' && earlier.url) return c.json({ url: earlier.url }, 200);
      // Paid on Stripe, its webhook not yet in: no second payment.
      if (earlier?.status === 'complete') throw new ApiError('CONFLICT', 'This order’s card payment is waiting for Stripe’s confirmation.');
      const enterprise = await findEnterprise(db, { id: order.enterpriseId });
      // A destination charge only to an account Stripe lets take charges; otherwise the platform keeps today's behaviour.
      const destination = enterprise?.stripeAccountId && enterprise.stripeChargesEnabled ? enterprise.stripeAccountId : undefined;
      const fee = destination ? platformFeeMinor(order.totalMinor, services.platformFeeBasisPoints ?? 0) : 0;
      const orderPage = `${publicOrigin}/orders/${order.publicId}`;
      const session = await cardPayments.createCheckoutSession({
        orderId: order.id,
        lines: order.items.map((i) => ({ name: i.name, unitAmountMinor: i.unitPriceMinor, quantity: i.quantity })),
        currency: order.currency,
        successUrl: `${orderPage}?card=returned`,
        cancelUrl: `${orderPage}?card=cancelled`,
        ...(destination ? { connectedAccountId: destination, ...(fee > 0 ? { platformFeeMinor: fee } : {}) } : {}),
        expiresAt: checkoutExpiry(clock.now()),
        // After an expired session (its webhook not yet in) a new key makes a new session.
        ...(earlier?.status === 'expired' ? { attempt: 2 } : {}),
      });
      await db.atomic([setCheckoutSessionWrite(db, order.id, session.sessionId)]);
      return c.json({ url: session.url }, 200);
    })
    .openapi(webhookDef, async (c) => {
      if (!cardPayments) throw new ApiError('NOT_FOUND', 'There is no such address.');
      // The signature is over the exact bytes Stripe sent: read them as text, never parse first.
      const rawBody = await c.req.text();
      const event = await cardPayments.verifyWebhook(rawBody, c.req.header('stripe-signature'), Math.floor(clock.now().getTime() / 1000)).catch((error: unknown) => {
        if (error instanceof WebhookSignatureError) throw new ApiError('BAD_REQUEST', 'The event’s signature is not valid, or it is too old.');
        throw error;
      });
      if (await paymentEventSeen(db, event.id)) return c.json({ received: true as const }, 200);
      const order = event.orderId ? await findOrder(db, { id: event.orderId }) : null;
      const now = clock.now();
      const writes: Write[] = [paymentEventWrite(db, { id: event.id, type: event.stripeType, orderId: order?.id ?? null }, now)];
      // A vendor's Connect account: Stripe says whether it may take charges now.
      if (event.type === 'account_updated' && event.accountId) writes.push(setChargesEnabledWrite(db, event.accountId, event.chargesEnabled === true));
      const matches = order && event.amountTotalMinor === order.totalMinor && event.currency?.toUpperCase() === order.currency;
      if (order && event.type === 'paid' && matches && canMoveOrder(order.state, 'paid', 'payments')) writes.push(...moveOrderWrites(db, order, 'paid', null, now));
      // An expired or failed checkout gives the reserved stock back.
      if (order && (event.type === 'expired' || event.type === 'payment_failed') && canMoveOrder(order.state, 'cancelled', 'payments')) writes.push(...moveOrderWrites(db, order, 'cancelled', null, now));
      await db.atomic(writes).catch((error: unknown) => {
        // The same event delivered twice at once: the first one applied it.
        if (!String(error).includes('UNIQUE')) throw error;
      });
      return c.json({ received: true as const }, 200);
    });
}
