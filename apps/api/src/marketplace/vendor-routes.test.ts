import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@solidaria/db';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn } from '../auth/testing-accounts';
import { jsonRequest } from '../offers/testing-offers';
import { createTestServices, fakeClock } from '../testing';
import { filePhotoStore } from '../uploads/photo-store';
import { addProduct, listEnterprise, orderBody } from './testing-marketplace';

// 09:00 in Upala on Friday 27 November 2026.
const clock = fakeClock(new Date('2026-11-27T15:00:00Z'));
const services = createTestServices({ clock, photos: filePhotoStore(mkdtempSync(join(tmpdir(), 'solidaria-vendor-'))) });
const app = createApp(services);
let vendor: string;
let stranger: string;
let enterprise: { id: number; slug: string };
const days: Record<string, number> = {};

const patch = (path: string, body: unknown, cookie: string) => jsonRequest(app, 'PATCH', path, body, cookie);
const get = async <T>(path: string, cookie?: string) => (await app.request(path, { headers: cookie ? { cookie } : {} })).json() as Promise<T>;
const call = (method: 'PUT' | 'DELETE', path: string, cookie: string) => app.request(path, { method, headers: { cookie } });
const upload = async (cookie: string) => {
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7d44' } }).jpeg().toBuffer();
  const res = await app.request('/api/uploads', { method: 'POST', body: new Uint8Array(photo), headers: { cookie, 'content-type': 'image/jpeg' } });
  return ((await res.json()) as { id: string }).id;
};
const productHits = async (q: string, marketDay?: number) =>
  (await get<{ results: { id: number; marketDayIds: number[] }[] }>(`/api/products?q=${encodeURIComponent(q)}${marketDay ? `&marketDay=${marketDay}` : ''}`)).results;

beforeAll(async () => {
  await services.search.applySettings();
  vendor = await signIn(app, services, await addPerson(services, 'rosa@example.org', [{ role: 'vendor', municipalityId: null }]));
  stranger = await signIn(app, services, await addPerson(services, 'ajena@example.org', [{ role: 'vendor', municipalityId: null }]));
  enterprise = await listEnterprise(app, vendor);
  const [upala, chiles] = await services.db.orm.insert(schema.markets).values([
    { slug: 'mercadito-upaleno', name: 'Mercadito Upaleño', municipalityId: 1, place: 'Parque central de Upala' },
    { slug: 'feria-los-chiles', name: 'Feria de Los Chiles', municipalityId: 2, place: 'Muelle' },
  ]).returning();
  const rows = await services.db.orm.insert(schema.marketDays).values([
    { marketId: upala!.id, date: '2026-11-21', opensAt: '07:00', closesAt: '13:00' },
    { marketId: upala!.id, date: '2026-12-05', opensAt: '07:00', closesAt: '13:00' },
    { marketId: chiles!.id, date: '2026-12-05', opensAt: '07:00', closesAt: '13:00' },
  ]).returning();
  [days.past, days.next, days.chiles] = rows.map((r) => r.id) as [number, number, number];
});

describe('editing an enterprise', () => {
  it('changes only what is sent, with photos the vendor uploaded, and search finds the new name', async () => {
    const photo = await upload(vendor);
    const res = await patch(`/api/enterprises/${enterprise.id}`, { name: 'Tortillería y Rosquillería Doña Rosa', pickupPoint: 'Puesto 7', photoIds: [photo] }, vendor);
    expect(res.status).toBe(200);
    const page = await get<{ enterprise: { name: string; pickupPoint: string; photoIds: string[]; whatsapp: string; slug: string } }>(`/api/enterprises/${enterprise.slug}`);
    expect(page.enterprise).toMatchObject({ name: 'Tortillería y Rosquillería Doña Rosa', pickupPoint: 'Puesto 7', photoIds: [photo], whatsapp: '+50688001122', slug: enterprise.slug });
    const found = await get<{ results: { name: string }[] }>('/api/enterprises?q=rosquilleria');
    expect(found.results.map((r) => r.name)).toEqual(['Tortillería y Rosquillería Doña Rosa']);
  });

  it('refuses bad values, another vendor, a photo that is not the vendor’s, and leaving no way to reach it', async () => {
    const before = await get<{ enterprise: object }>(`/api/enterprises/${enterprise.slug}`);
    const theirs = await upload(stranger);
    expect((await patch(`/api/enterprises/${enterprise.id}`, { name: 'X' }, vendor)).status).toBe(422);
    expect((await patch(`/api/enterprises/${enterprise.id}`, { municipalityId: 2 }, vendor)).status).toBe(422);
    expect((await patch(`/api/enterprises/${enterprise.id}`, { photoIds: ['../../etc/passwd'] }, vendor)).status).toBe(422);
    expect((await patch(`/api/enterprises/${enterprise.id}`, { photoIds: [theirs] }, vendor)).status).toBe(422);
    expect((await patch(`/api/enterprises/${enterprise.id}`, { whatsapp: null }, vendor)).status).toBe(422);
    expect((await patch(`/api/enterprises/${enterprise.id}`, { name: 'Robada' }, stranger)).status).toBe(403);
    expect((await patch('/api/enterprises/9999', { name: 'Nadie' }, vendor)).status).toBe(404);
    expect((await patch(`/api/enterprises/${enterprise.id}`, {}, vendor)).status).toBe(422);
    // No Stripe keys on this site: a vendor cannot start taking cards, when listing or editing.
    expect((await patch(`/api/enterprises/${enterprise.id}`, { paymentMethods: ['cash', 'card'] }, vendor)).status).toBe(409);
    expect((await postJson(app, '/api/enterprises', { name: 'Con tarjeta', category: 'food', municipalityId: 1, phone: '+50624600000', pickupPoint: 'Puesto 2', paymentMethods: ['card'] }, { cookie: vendor })).status).toBe(409);
    const refused = await patch(`/api/enterprises/${enterprise.id}`, { name: 'X' }, vendor);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
    expect(await get(`/api/enterprises/${enterprise.slug}`)).toEqual(before);
  });
});

describe('editing a product and switching it off', () => {
  it('changes the price, and a switched-off product leaves search and cannot be ordered until it is on again', async () => {
    const id = await addProduct(app, vendor, enterprise.id, { name: 'Rosquillas de maíz', stock: 8 });
    const edited = await patch(`/api/products/${id}`, { priceMinor: 1_750_00, description: 'Bolsa de 20' }, vendor);
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as { product: { priceMinor: number; stock: number } }).product).toMatchObject({ priceMinor: 1_750_00, stock: 8 });
    expect((await productHits('rosquillas')).map((h) => h.id)).toContain(id);

    expect((await patch(`/api/products/${id}`, {}, vendor)).status).toBe(422);
    expect((await patch(`/api/products/${id}`, { active: false }, vendor)).status).toBe(200);
    expect((await productHits('rosquillas')).map((h) => h.id)).not.toContain(id);
    expect((await postJson(app, '/api/orders', orderBody(enterprise.id, id), { 'x-test-client': '198.51.100.9' })).status).toBe(422);
    const shown = await get<{ products: { id: number }[] }>(`/api/enterprises/${enterprise.slug}`);
    expect(shown.products.map((p) => p.id)).not.toContain(id);
    const workspace = await get<{ products: { id: number; active: boolean }[] }>(`/api/enterprises/${enterprise.id}/workspace`, vendor);
    expect(workspace.products.find((p) => p.id === id)).toMatchObject({ active: false });

    expect((await patch(`/api/products/${id}`, { active: true }, vendor)).status).toBe(200);
    expect((await productHits('rosquillas')).map((h) => h.id)).toContain(id);
  });

  it('refuses a float price, an unknown product and a vendor of another enterprise, changing nothing', async () => {
    const id = await addProduct(app, vendor, enterprise.id, { name: 'Pan casero', priceMinor: 900_00 });
    expect((await patch(`/api/products/${id}`, { priceMinor: 9.5 }, vendor)).status).toBe(422);
    expect((await patch(`/api/products/${id}`, { stock: -1 }, vendor)).status).toBe(422);
    expect((await patch(`/api/products/${id}`, { priceMinor: 1 }, stranger)).status).toBe(403);
    expect((await patch('/api/products/99999', { priceMinor: 1 }, vendor)).status).toBe(404);
    const [row] = await services.db.orm.select().from(schema.products).where(eq(schema.products.id, id));
    expect(row).toMatchObject({ priceMinor: 900_00, active: true });
  });
});

describe('market days', () => {
  it('joins a coming day of its municipality, whose products search then finds by that day, and leaves it', async () => {
    const id = await addProduct(app, vendor, enterprise.id, { name: 'Cajeta de leche', stock: null });
    expect((await call('PUT', `/api/enterprises/${enterprise.id}/market-days/${days.next}`, vendor)).status).toBe(200);
    expect((await productHits('cajeta', days.next)).map((h) => h.id)).toEqual([id]);
    const workspace = await get<{ marketDays: { id: number; joined: boolean; marketName: string }[] }>(`/api/enterprises/${enterprise.id}/workspace`, vendor);
    expect(workspace.marketDays).toEqual([expect.objectContaining({ id: days.next, joined: true, marketName: 'Mercadito Upaleño' })]);
    expect((await call('DELETE', `/api/enterprises/${enterprise.id}/market-days/${days.next}`, vendor)).status).toBe(200);
    expect(await productHits('cajeta', days.next)).toEqual([]);
  });

  it('refuses a past day, another municipality’s day, another vendor, and leaving while orders for the day are open', async () => {
    expect((await call('PUT', `/api/enterprises/${enterprise.id}/market-days/${days.past}`, vendor)).status).toBe(409);
    expect((await call('PUT', `/api/enterprises/${enterprise.id}/market-days/${days.chiles}`, vendor)).status).toBe(404);
    expect((await call('PUT', `/api/enterprises/${enterprise.id}/market-days/${days.next}`, stranger)).status).toBe(403);
    expect((await call('PUT', `/api/enterprises/${enterprise.id}/market-days/abc`, vendor)).status).toBe(422);
    const product = await addProduct(app, vendor, enterprise.id, { name: 'Tamales', stock: null });
    await call('PUT', `/api/enterprises/${enterprise.id}/market-days/${days.next}`, vendor);
    expect((await postJson(app, '/api/orders', orderBody(enterprise.id, product, 1, { marketDayId: days.next }), { 'x-test-client': '198.51.100.10' })).status).toBe(201);
    expect((await call('DELETE', `/api/enterprises/${enterprise.id}/market-days/${days.next}`, vendor)).status).toBe(409);
    const workspace = await get<{ marketDays: { id: number; joined: boolean }[] }>(`/api/enterprises/${enterprise.id}/workspace`, vendor);
    expect(workspace.marketDays.find((d) => d.id === days.next)?.joined).toBe(true);
  });
});

describe('the vendor’s orders, sales and mail', () => {
  it('lists each order with its market day, adds completed sales by month in Upala’s time, and e-mails the vendor and the buyer', async () => {
    const product = await addProduct(app, vendor, enterprise.id, { name: 'Empanadas', priceMinor: 2_500_00, stock: null });
    const placed = await postJson(app, '/api/orders', orderBody(enterprise.id, product, 2, { marketDayId: days.next, buyerEmail: 'comprador@example.org' }), { 'x-test-client': '198.51.100.11' });
    const { order } = (await placed.json()) as { order: { publicId: string } };
    const mails = await services.db.orm.select().from(schema.outbox).where(eq(schema.outbox.recipient, 'rosa@example.org'));
    expect(mails.map((m) => m.body).join()).toContain(`/vendor/enterprises/${enterprise.slug}`);
    const move = (to: string) => postJson(app, `/api/orders/${order.publicId}/transitions`, { to }, { cookie: vendor });
    expect((await move('paid')).status).toBe(200);
    expect(await services.db.orm.select().from(schema.outbox).where(eq(schema.outbox.recipient, 'comprador@example.org'))).toEqual([]);
    expect((await move('ready')).status).toBe(200);
    const [ready] = await services.db.orm.select().from(schema.outbox).where(eq(schema.outbox.recipient, 'comprador@example.org'));
    expect(ready?.body).toContain(`/orders/${order.publicId}`);
    expect(ready?.body).toContain('listo para recoger');
    expect((await move('completed')).status).toBe(200);

    const listed = await get<{ orders: { publicId: string; createdAt: string; marketDay: { date: string; marketName: string } | null }[] }>(`/api/enterprises/${enterprise.id}/orders`, vendor);
    expect(listed.orders.find((o) => o.publicId === order.publicId)?.marketDay).toMatchObject({ date: '2026-12-05', marketName: 'Mercadito Upaleño' });
    const { sales } = await get<{ sales: { timeZone: string; currency: string; months: { month: string; totalMinor: number; count: number }[] } }>(`/api/enterprises/${enterprise.id}/workspace`, vendor);
    expect(sales.timeZone).toBe('America/Costa_Rica');
    expect(sales.currency).toBe('CRC');
    expect(sales.months).toHaveLength(6);
    expect(sales.months.at(-1)).toEqual({ month: '2026-11', totalMinor: 5_000_00, count: 1 });
  });

  it('shows the workspace to the enterprise’s vendors only', async () => {
    expect((await app.request(`/api/enterprises/${enterprise.id}/workspace`, { headers: { cookie: stranger } })).status).toBe(403);
    expect((await app.request(`/api/enterprises/${enterprise.id}/workspace`)).status).toBe(401);
    expect((await app.request('/api/enterprises/9999/workspace', { headers: { cookie: vendor } })).status).toBe(404);
  });
});
