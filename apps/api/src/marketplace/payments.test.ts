import { schema } from '@solidaria/db';
import { createStripePayments } from '@solidaria/payments';
import { startStripeDouble, type StripeDouble } from '@solidaria/payments/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn } from '../auth/testing-accounts';
import { createTestServices } from '../testing';
import { addProduct, listEnterprise, orderBody } from './testing-marketplace';

const WEBHOOK_SECRET = 'whsec_test_solidaria';
let double: StripeDouble;
let app: ReturnType<typeof createApp>;
let services: ReturnType<typeof createTestServices>;
let enterpriseId: number;
let vendor: string;

beforeAll(async () => {
  double = await startStripeDouble();
  services = createTestServices({ cardPayments: createStripePayments({ secretKey: 'sk_test_solidaria', webhookSecret: WEBHOOK_SECRET, host: double.host, port: double.port, protocol: 'http' }) });
  app = createApp(services);
  await services.search.applySettings();
  vendor = await signIn(app, services, await addPerson(services, 'tarjeta@example.org', [{ role: 'vendor', municipalityId: null }]));
  enterpriseId = (await listEnterprise(app, vendor, { name: 'Hamacas con tarjeta', paymentMethods: ['cash', 'card'] })).id;
});
afterAll(async () => {
  await double.close();
  services.db.close();
});

const stockOf = async (id: number) => (await services.db.orm.select({ stock: schema.products.stock }).from(schema.products).where(eq(schema.products.id, id)))[0]?.stock;
async function cardOrder(productId: number) {
  const res = await postJson(app, '/api/orders', orderBody(enterpriseId, productId, 1, { paymentMethod: 'card' }));
  const { order } = (await res.json()) as { order: { publicId: string; id: number } };
  const checkout = await app.request(`/api/orders/${order.publicId}/checkout`, { method: 'POST' });
  expect(checkout.status).toBe(200);
  const sessionId = (await services.db.orm.select({ s: schema.orders.stripeSessionId }).from(schema.orders).where(eq(schema.orders.id, order.id)))[0]!.s!;
  return { ...order, sessionId };
}
const deliver = (rawBody: string, signature: string) => app.request('/api/payments/stripe/webhook', { method: 'POST', body: rawBody, headers: { 'content-type': 'application/json', 'stripe-signature': signature } });
const stateOf = async (publicId: string) => ((await (await app.request(`/api/orders/${publicId}`)).json()) as { order: { state: string } }).order.state;

describe('card payments through Stripe', () => {
  it('tells buyers that an enterprise taking card can be paid by card here, and one that does not cannot', async () => {
    const cards = await listEnterprise(app, vendor, { name: 'Tarjeta sí', paymentMethods: ['cash', 'card'] });
    const cash = await listEnterprise(app, vendor, { name: 'Solo efectivo', paymentMethods: ['cash'] });
    const acceptsCards = async (slug: string) => ((await (await app.request(`/api/enterprises/${slug}`)).json()) as { enterprise: { acceptsCards: boolean } }).enterprise.acceptsCards;
    expect(await acceptsCards(cards.slug)).toBe(true);
    expect(await acceptsCards(cash.slug)).toBe(false);
  });

  it('makes one Checkout session for a double click, and marks the order paid only from the verified webhook, once for 10 deliveries', async () => {
    const product = await addProduct(app, vendor, enterpriseId, { name: 'Hamaca grande', priceMinor: 40_000_00, stock: 2 });
    const order = await cardOrder(product);
    await app.request(`/api/orders/${order.publicId}/checkout`, { method: 'POST' });
    expect(double.sessions.size).toBe(1);
    expect(await stateOf(order.publicId)).toBe('pending_payment');
    double.completeSession(order.sessionId);
    const { rawBody, signature } = double.signedEvent('checkout.session.completed', order.sessionId, WEBHOOK_SECRET, { eventId: 'evt_paid_once' });
    const answers = await Promise.all(Array.from({ length: 10 }, () => deliver(rawBody, signature)));
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(await stateOf(order.publicId)).toBe('paid');
    const events = await services.db.orm.select().from(schema.orderEvents).where(eq(schema.orderEvents.orderId, order.id));
    expect(events.filter((e) => e.toState === 'paid')).toHaveLength(1);
  });

  it('answers the same Checkout address for two clicks at once and for a buyer back from the cancel link, and returns to the order page', async () => {
    const product = await addProduct(app, vendor, enterpriseId, { name: 'Hamaca mediana', priceMinor: 30_000_00, stock: 3 });
    const res = await postJson(app, '/api/orders', orderBody(enterpriseId, product, 1, { paymentMethod: 'card' }));
    const { order } = (await res.json()) as { order: { publicId: string } };
    const before = double.sessions.size;
    const clicks = await Promise.all([1, 2].map(() => app.request(`/api/orders/${order.publicId}/checkout`, { method: 'POST' })));
    const urls = await Promise.all(clicks.map(async (r) => ((await r.json()) as { url: string }).url));
    expect(urls[0]).toMatch(/^https:\/\/checkout\.stripe\.com\//);
    expect(urls[1]).toBe(urls[0]);
    const again = (await (await app.request(`/api/orders/${order.publicId}/checkout`, { method: 'POST' })).json()) as { url: string };
    expect(again.url).toBe(urls[0]);
    expect(double.sessions.size).toBe(before + 1);
    const session = [...double.sessions.values()].at(-1)!.object;
    // Paid on Stripe, back before the webhook: a click again is refused rather than charged twice.
    double.completeSession(String(session['id']));
    expect((await app.request(`/api/orders/${order.publicId}/checkout`, { method: 'POST' })).status).toBe(409);
    expect(double.sessions.size).toBe(before + 1);
    expect(session['success_url']).toBe(`https://solidaria.test/orders/${order.publicId}?card=returned`);
    expect(session['cancel_url']).toBe(`https://solidaria.test/orders/${order.publicId}?card=cancelled`);
  });

  it('refuses a bad signature or an event older than 300 s with 400 and changes nothing', async () => {
    const product = await addProduct(app, vendor, enterpriseId, { name: 'Bolso tejido', priceMinor: 9_000_00, stock: 2 });
    const order = await cardOrder(product);
    double.completeSession(order.sessionId);
    const forged = double.signedEvent('checkout.session.completed', order.sessionId, 'whsec_not_ours');
    expect((await deliver(forged.rawBody, forged.signature)).status).toBe(400);
    const old = double.signedEvent('checkout.session.completed', order.sessionId, WEBHOOK_SECRET, { timestamp: Math.floor(Date.now() / 1000) - 301 });
    expect((await deliver(old.rawBody, old.signature)).status).toBe(400);
    expect(await stateOf(order.publicId)).toBe('pending_payment');
  });

  it('gives the stock back when the Checkout session expires unpaid', async () => {
    const product = await addProduct(app, vendor, enterpriseId, { name: 'Hamaca pequeña', priceMinor: 20_000_00, stock: 1 });
    const order = await cardOrder(product);
    expect(await stockOf(product)).toBe(0);
    double.expireSession(order.sessionId);
    const { rawBody, signature } = double.signedEvent('checkout.session.expired', order.sessionId, WEBHOOK_SECRET);
    expect((await deliver(rawBody, signature)).status).toBe(200);
    expect(await stateOf(order.publicId)).toBe('cancelled');
    expect(await stockOf(product)).toBe(1);
  });

  it('acknowledges event types it does not use, with no effect', async () => {
    const product = await addProduct(app, vendor, enterpriseId, { name: 'Llavero', priceMinor: 2_000_00, stock: 5 });
    const order = await cardOrder(product);
    const { rawBody, signature } = double.signedEvent('customer.created', order.sessionId, WEBHOOK_SECRET);
    expect((await deliver(rawBody, signature)).status).toBe(200);
    expect(await stateOf(order.publicId)).toBe('pending_payment');
  });
});
