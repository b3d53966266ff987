import { schema } from '@solidaria/db';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn } from '../auth/testing-accounts';
import { createTestServices, fakeClock } from '../testing';
import { addProduct, listEnterprise, orderBody } from './testing-marketplace';

const clock = fakeClock(new Date('2026-11-27T15:00:00Z'));
const services = createTestServices({ clock });
const app = createApp(services);
let vendor: string;
let enterprise: { id: number; slug: string };

const stockOf = async (id: number) => (await services.db.orm.select({ stock: schema.products.stock }).from(schema.products).where(eq(schema.products.id, id)))[0]?.stock;
const order = async (body: object, headers: Record<string, string> = {}) => postJson(app, '/api/orders', body, { 'x-test-client': `198.51.100.${Math.floor(Math.random() * 200)}`, ...headers });

beforeAll(async () => {
  await services.search.applySettings();
  vendor = await signIn(app, services, await addPerson(services, 'rosa@example.org', [{ role: 'vendor', municipalityId: null }]));
  enterprise = await listEnterprise(app, vendor);
});

describe('enterprises and products', () => {
  it('lists an enterprise only for a vendor, shows it by its address, and finds its products by a misspelt word', async () => {
    const seeker = await signIn(app, services, await addPerson(services, 'busca@example.org', [{ role: 'seeker', municipalityId: null }]));
    expect((await postJson(app, '/api/enterprises', { name: 'Otra', category: 'food', municipalityId: 1, phone: '+50622223333', paymentMethods: ['cash'] }, { cookie: seeker })).status).toBe(403);
    expect(enterprise.slug).toBe('tortilleria-dona-rosa');
    await addProduct(app, vendor, enterprise.id);
    const page = (await (await app.request(`/api/enterprises/${enterprise.slug}`)).json()) as { enterprise: { name: string; stripeAccountId?: unknown }; products: { name: string; priceMinor: number }[] };
    expect(page.enterprise.name).toBe('Tortillería Doña Rosa');
    expect(page.enterprise).not.toHaveProperty('stripeAccountId');
    expect(Number.isInteger(page.products[0]!.priceMinor)).toBe(true);
    const found = (await (await app.request('/api/products?q=tortilas')).json()) as { results: { name: string }[] };
    expect(found.results.map((r) => r.name)).toContain('Tortillas palmeadas (docena)');
    const stalls = (await (await app.request('/api/enterprises?q=tortilleria')).json()) as { results: { name: string; slug: string }[] };
    expect(stalls.results[0]).toMatchObject({ name: 'Tortillería Doña Rosa', slug: 'tortilleria-dona-rosa' });
    const mine = (await (await app.request('/api/me/enterprises', { headers: { cookie: vendor } })).json()) as { enterprises: { slug: string }[] };
    expect(mine.enterprises.map((e) => e.slug)).toEqual(['tortilleria-dona-rosa']);
  });

  it('lets only the enterprise’s vendor add products', async () => {
    const other = await signIn(app, services, await addPerson(services, 'otra@example.org', [{ role: 'vendor', municipalityId: null }]));
    expect((await postJson(app, `/api/enterprises/${enterprise.id}/products`, { name: 'Pan', category: 'food', priceMinor: 100, stock: null }, { cookie: other })).status).toBe(403);
    expect((await postJson(app, `/api/enterprises/${enterprise.id}/products`, { name: 'Pan', category: 'food', priceMinor: 12.5, stock: null }, { cookie: vendor })).status).toBe(422);
  });
});

describe('orders', () => {
  it('reserves stock, is paid in cash, made ready and completed by the vendor; the buyer cannot mark it paid', async () => {
    const product = await addProduct(app, vendor, enterprise.id, { name: 'Rosquillas (bolsa)', stock: 5 });
    const res = await order(orderBody(enterprise.id, product, 2));
    expect(res.status).toBe(201);
    const { order: placed } = (await res.json()) as { order: { publicId: string; totalMinor: number; state: string } };
    expect(placed).toMatchObject({ totalMinor: 3_000_00, state: 'pending_payment' });
    expect(await stockOf(product)).toBe(3);
    const move = (to: string, cookie?: string) => postJson(app, `/api/orders/${placed.publicId}/transitions`, { to }, cookie ? { cookie } : {});
    expect((await move('paid')).status).toBe(409);
    for (const to of ['paid', 'ready', 'completed']) expect((await move(to, vendor)).status).toBe(200);
    expect((await move('cancelled', vendor)).status).toBe(409);
  });

  it('gives the stock back when the buyer cancels before paying', async () => {
    const product = await addProduct(app, vendor, enterprise.id, { name: 'Cajeta de coco', stock: 4 });
    const { order: placed } = (await (await order(orderBody(enterprise.id, product, 3))).json()) as { order: { publicId: string } };
    expect(await stockOf(product)).toBe(1);
    expect((await postJson(app, `/api/orders/${placed.publicId}/transitions`, { to: 'cancelled' })).status).toBe(200);
    expect(await stockOf(product)).toBe(4);
  });

  it('sells the last unit once when 50 buyers order it at the same moment', async () => {
    const product = await addProduct(app, vendor, enterprise.id, { name: 'Hamaca tejida a mano', category: 'crafts', priceMinor: 35_000_00, stock: 1 });
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => order(orderBody(enterprise.id, product, 1, { buyerName: `Comprador ${i}` }), { 'x-test-client': `203.0.113.${i}` })));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    expect(await stockOf(product)).toBe(0);
    const orders = await services.db.orm.select().from(schema.orderItems).where(eq(schema.orderItems.productId, product));
    expect(orders).toHaveLength(1);
  });

  it('refuses a payment method the enterprise does not take, and closes pre-orders before the market day', async () => {
    const product = await addProduct(app, vendor, enterprise.id, { name: 'Queso tierno', stock: 10 });
    expect((await order(orderBody(enterprise.id, product, 1, { paymentMethod: 'bank_transfer' }))).status).toBe(422);
    const [market] = await services.db.orm.insert(schema.markets).values({ slug: 'mercadito-upaleno', name: 'Mercadito Upaleño', municipalityId: 1, place: 'Parque central de Upala' }).returning();
    const [tomorrow, nextWeek] = await services.db.orm.insert(schema.marketDays).values([
      { marketId: market!.id, date: '2026-11-28', opensAt: '07:00', closesAt: '13:00' },
      { marketId: market!.id, date: '2026-12-05', opensAt: '07:00', closesAt: '13:00' },
    ]).returning();
    await services.db.orm.insert(schema.marketDayEnterprises).values([{ marketDayId: tomorrow!.id, enterpriseId: enterprise.id }, { marketDayId: nextWeek!.id, enterpriseId: enterprise.id }]);
    // It is 09:00 in Upala on the 27th: tomorrow's market opens in 22 hours, past the 24-hour cut-off.
    expect((await order(orderBody(enterprise.id, product, 1, { marketDayId: tomorrow!.id }))).status).toBe(409);
    expect((await order(orderBody(enterprise.id, product, 1, { marketDayId: nextWeek!.id }))).status).toBe(201);
    const markets = (await (await app.request('/api/markets')).json()) as { markets: { name: string; days: { date: string; enterpriseIds: number[] }[] }[] };
    expect(markets.markets[0]).toMatchObject({ name: 'Mercadito Upaleño', days: [{ date: '2026-11-28', enterpriseIds: [enterprise.id] }, { date: '2026-12-05', enterpriseIds: [enterprise.id] }] });
  });

  it('shows the vendor their orders with the buyer’s contact, and nobody else', async () => {
    const other = await signIn(app, services, await addPerson(services, 'ajena@example.org', [{ role: 'vendor', municipalityId: null }]));
    expect((await app.request(`/api/enterprises/${enterprise.id}/orders`, { headers: { cookie: other } })).status).toBe(403);
    const mine = (await (await app.request(`/api/enterprises/${enterprise.id}/orders`, { headers: { cookie: vendor } })).json()) as { orders: { buyerPhone: string }[] };
    expect(mine.orders.length).toBeGreaterThan(0);
    expect(mine.orders[0]!.buyerPhone).toBe('+50687776655');
  });
});
