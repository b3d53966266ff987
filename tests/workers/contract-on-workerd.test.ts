// The API's contract beyond accounts on workerd with D1: the taxonomy, offers,
// enterprises and products searched through FTS5 on D1, orders with offline payment and
// stock reserved atomically in one D1 batch, and the Stripe webhook verified with
// SubtleCrypto (the Workers build of the SDK). See docs/workers-differences.md.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/app';
import type { ErrorEnvelope } from '../../apps/api/src/errors';
import { orderBody } from '../../apps/api/src/marketplace/testing-marketplace';
import { honestOffer } from '../../apps/api/src/offers/testing-offers';
import { createTestServices } from '../../apps/api/src/testing';
import { reindexWhereMissing } from '@solidaria/search';
import { sessionCookie, startWorkerd, type Workerd } from './workerd';

const WEBHOOK_SECRET = 'whsec_workerd_solidaria';
type Order = { id: number; publicId: string; state: string; totalMinor: number; currency: string };

let workerd: Workerd | undefined;
let vendor = '';
let enterprise = { id: 0, slug: '' };

beforeAll(async () => {
  // The webhook is checked with this secret; the secret key is never used (no Checkout here: no network).
  workerd = await startWorkerd({ STRIPE_SECRET_KEY: 'sk_test_workerd', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET });
  vendor = await register('rosa@example.org', 'vendor');
  const listed = await post('/api/enterprises', {
    name: 'Tortillería Doña Rosa', category: 'food', municipalityId: 1, whatsapp: '+50688001122', pickupPoint: 'Puesto 4 del Mercadito Upaleño',
    paymentMethods: ['cash', 'sinpe_movil', 'card'], description: 'Tortillas palmeadas y rosquillas',
  }, vendor);
  expect(listed.status, await listed.clone().text()).toBe(201);
  enterprise = ((await listed.json()) as { enterprise: typeof enterprise }).enterprise;
});
afterAll(async () => {
  await workerd?.dispose();
});

const get = (path: string, init?: RequestInit) => workerd!.get(path, init);
const post = (path: string, body?: unknown, cookie?: string) => workerd!.post(path, body, cookie);
const json = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;

/** Registers through the API and returns the session cookie it sets. */
async function register(identifier: string, purpose: 'employer' | 'vendor'): Promise<string> {
  const res = await post('/api/auth/register', { identifier, password: 'mango-limon-2026', displayName: identifier.split('@')[0], language: 'es', purposes: [purpose] });
  expect(res.status, await res.clone().text()).toBe(201);
  return sessionCookie(res).cookie;
}

async function addProduct(name: string, stock: number | null, priceMinor = 1_500_00): Promise<number> {
  const res = await post(`/api/enterprises/${enterprise.id}/products`, { name, category: 'food', priceMinor, stock }, vendor);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await json<{ product: { id: number } }>(res)).product.id;
}

// Each wrangler d1 command spawns a process that takes seconds on a busy machine.
describe('the API contract on workerd with D1', { timeout: 60_000 }, () => {
  it('searches the occupations taxonomy on D1 with the same answer as Node on SQLite', async () => {
    const services = createTestServices();
    try {
      // Filled from the database before serving, as the worker does.
      await services.search.applySettings();
      await reindexWhereMissing(services.db, services.search);
      for (const path of ['/api/taxonomy/occupations?q=cocinero', '/api/taxonomy/skills?q=cocinar', '/api/taxonomy/occupations?q=cosinero']) {
        const onWorkerd = await get(path);
        expect(onWorkerd.status, path).toBe(200);
        expect(await onWorkerd.json(), path).toEqual(await (await createApp(services).request(path)).json());
      }
    } finally {
      services.db.close();
    }
  });

  it('publishes an offer of a verified organisation and finds it through FTS5 on D1, accents and case aside', async () => {
    const employer = await register('rrhh@laesperanza.example.org', 'employer');
    const registered = await post('/api/organizations', { name: 'Finca La Esperanza', sector: 'agriculture', municipalityId: 1, taxId: '3-101-424242', contactEmail: 'rrhh@laesperanza.example.org' }, employer);
    expect(registered.status, await registered.clone().text()).toBe(201);
    const { organisation } = await json<{ organisation: { id: number; verification: string } }>(registered);
    expect(organisation.verification).not.toBe('verified');
    // The office's verification needs an officer with TOTP; here it is the office's decision written straight to D1.
    await workerd!.queryD1(`update organisations set verification = 'verified', created_at = 1735689600000 where id = ${organisation.id}`);
    const created = await post('/api/offers', { ...honestOffer({ title: 'Cocinero para restaurante de comida típica' }), organisationId: organisation.id }, employer);
    expect(created.status, await created.clone().text()).toBe(201);
    const { offer } = await json<{ offer: { id: number } }>(created);
    const submitted = await json<{ offer: { status: string } }>(post(`/api/offers/${offer.id}/submit`, undefined, employer));
    expect(submitted.offer.status).toBe('published');

    for (const q of ['cocinero', 'COCINERO', 'típica', 'tipica']) {
      const found = await json<{ results: { id: number; title: string }[]; total: number }>(get(`/api/offers?q=${encodeURIComponent(q)}&municipality=1`));
      expect(found.results.map((r) => r.id), q).toEqual([offer.id]);
    }
    // FTS5 syntax in a query is a search for words, never an error.
    for (const q of ['"a" NEAR( b OR c*', '^*:', "'; DROP TABLE offers;--"]) {
      expect((await get(`/api/offers?q=${encodeURIComponent(q)}`)).status, q).toBeLessThan(500);
    }
    expect((await get(`/api/offers/${offer.id}`)).status).toBe(200);
  });

  it('finds the enterprise and its products through FTS5 on D1, by a misspelt word too', async () => {
    await addProduct('Tortillas palmeadas (docena)', null);
    const stalls = await json<{ results: { name: string; slug: string }[] }>(get('/api/enterprises?q=tortilleria'));
    expect(stalls.results[0]).toMatchObject({ name: 'Tortillería Doña Rosa', slug: enterprise.slug });
    const products = await json<{ results: { name: string }[] }>(get('/api/products?q=tortilas'));
    expect(products.results.map((r) => r.name)).toContain('Tortillas palmeadas (docena)');
    const page = await json<{ enterprise: { name: string }; products: { name: string; priceMinor: number }[] }>(get(`/api/enterprises/${enterprise.slug}`));
    expect(page.products).toEqual([expect.objectContaining({ name: 'Tortillas palmeadas (docena)', priceMinor: 1_500_00 })]);
  });

  it('takes a cash order, reserves its stock, and lets only the vendor mark it paid, ready and completed', async () => {
    const product = await addProduct('Rosquillas (bolsa)', 5);
    const placed = await post('/api/orders', orderBody(enterprise.id, product, 2));
    expect(placed.status, await placed.clone().text()).toBe(201);
    const { order } = await json<{ order: Order }>(placed);
    expect(order).toMatchObject({ state: 'pending_payment', totalMinor: 3_000_00, currency: 'CRC' });
    const move = (to: string, cookie?: string) => post(`/api/orders/${order.publicId}/transitions`, { to }, cookie);
    expect((await move('paid')).status).toBe(409);
    for (const to of ['paid', 'ready', 'completed']) expect((await move(to, vendor)).status, to).toBe(200);
    expect((await json<{ order: Order }>(get(`/api/orders/${order.publicId}`))).order.state).toBe('completed');
  });

  it('sells the last unit once when 10 buyers order it at the same moment (the stock CHECK in one D1 batch)', async () => {
    const product = await addProduct('Hamaca tejida a mano', 1, 35_000_00);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => post('/api/orders', orderBody(enterprise.id, product, 1, { buyerName: `Comprador ${i}` }))));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(409)]);
    const refused = answers.find((r) => r.status === 409)!;
    expect((await json<ErrorEnvelope>(refused)).error.code).toBe('CONFLICT');
    // One query: each spawns wrangler, which takes seconds.
    const stored = await workerd!.queryD1(`select (select stock from products where id = ${product}) as stock, (select count(*) from order_items where product_id = ${product}) as lines`);
    expect(stored).toEqual([{ stock: 0, lines: 1 }]);
  });

  it('answers a photo upload with 503: no sharp and no files on Workers', async () => {
    const jpegStart = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]);
    const res = await get('/api/uploads', { method: 'POST', body: jpegStart, headers: { 'content-type': 'image/jpeg', cookie: vendor } });
    expect(res.status).toBe(503);
    expect((await json<ErrorEnvelope>(res)).error.code).toBe('UNAVAILABLE');
  });

  it('verifies the Stripe webhook with SubtleCrypto: a bad signature changes nothing, a signed payment is applied once', async () => {
    const product = await addProduct('Bolso tejido', 3, 9_000_00);
    const { order } = await json<{ order: Order }>(post('/api/orders', orderBody(enterprise.id, product, 1, { paymentMethod: 'card' })));
    expect(order.state).toBe('pending_payment');
    const rawBody = JSON.stringify({
      id: 'evt_workerd_paid', object: 'event', type: 'checkout.session.completed', created: Math.floor(Date.now() / 1000),
      data: { object: { id: 'cs_test_workerd', object: 'checkout.session', status: 'complete', payment_status: 'paid', metadata: { order_id: String(order.id) }, amount_total: order.totalMinor, currency: order.currency.toLowerCase() } },
    });
    const deliver = (signature: string) => get('/api/payments/stripe/webhook', { method: 'POST', body: rawBody, headers: { 'content-type': 'application/json', 'stripe-signature': signature } });

    const forged = await deliver(Stripe.webhooks.generateTestHeaderString({ payload: rawBody, secret: 'whsec_someone_else' }));
    expect(forged.status).toBe(400);
    expect((await json<ErrorEnvelope>(forged)).error.code).toBe('BAD_REQUEST');
    expect((await json<{ order: Order }>(get(`/api/orders/${order.publicId}`))).order.state).toBe('pending_payment');

    const signature = Stripe.webhooks.generateTestHeaderString({ payload: rawBody, secret: WEBHOOK_SECRET });
    const deliveries = await Promise.all(Array.from({ length: 4 }, () => deliver(signature)));
    expect(deliveries.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect((await json<{ order: Order }>(get(`/api/orders/${order.publicId}`))).order.state).toBe('paid');
    const stored = await workerd!.queryD1(`select (select group_concat(id) from payment_events) as events, (select count(*) from order_events where order_id = ${order.id} and to_state = 'paid') as paid`);
    expect(stored).toEqual([{ events: 'evt_workerd_paid', paid: 1 }]);
  });
});
