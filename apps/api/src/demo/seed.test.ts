import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findMunicipality, findOrganisation, loadOffer, schema } from '@solidaria/db';
import { screen } from '../offers/screening';
import { PROGRAMME_MUNICIPALITIES } from '../../../../tests/fixtures/programme-municipalities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { postJson } from '../auth/testing-accounts';
import { loadConfig } from '../config';
import { startNodeRuntime } from '../node-runtime';
import { createTestServices } from '../testing';
import { DEMO_PASSWORD, seedDemoData } from './seed';

const dir = mkdtempSync(join(tmpdir(), 'solidaria-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the demo data', () => {
  const services = createTestServices();
  beforeAll(() => services.search.applySettings());
  afterAll(() => services.db.close());

  it('creates one account per role, with the privileged passwords only in an owner-only file', async () => {
    const file = await seedDemoData(services, dir);
    expect(file).not.toBeNull();
    expect(statSync(file!).mode & 0o777).toBe(0o600);
    const text = readFileSync(file!, 'utf8');
    for (const role of ['seeker', 'employer', 'vendor', 'officer', 'admin']) expect(text).toContain(`${role}`);
    const login = await postJson(createApp(services), '/api/auth/login', { identifier: 'buscadora@demo.solidaria.test', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
  });

  it('fills the job board: at least 60 offers anyone can find, in each of the nine municipalities; what screening flags waits for review', async () => {
    const app = createApp(services);
    const first = (await (await app.request('/api/offers?perPage=50')).json()) as { total: number; facets: { municipality: { value: string; count: number }[] } };
    expect(first.total).toBeGreaterThanOrEqual(60);
    const slugs = new Map((await services.db.orm.select().from(schema.municipalities)).map((m) => [String(m.id), m.slug]));
    expect(first.facets.municipality.map((m) => slugs.get(m.value)).sort()).toEqual(Object.keys(PROGRAMME_MUNICIPALITIES).sort());
    const offers = await services.db.orm.select().from(schema.offers);
    for (const offer of offers) {
      const res = await app.request(`/api/offers/${offer.id}`);
      expect(res.status, `offer ${offer.id}`).toBe(offer.status === 'published' ? 200 : 404);
      const full = await loadOffer(services.db, offer.id);
      const municipality = await findMunicipality(services.db, offer.municipalityId);
      const { result } = await screen(services, full!, municipality!.country, (await findOrganisation(services.db, offer.organisationId))!, false);
      expect(result.blocks, offer.title).toEqual([]);
      expect(offer.status, `${offer.title}: ${result.flags.map((f) => f.code).join(', ')}`).toBe(result.flags.length > 0 ? 'pending_review' : 'published');
    }
  });

  it('gives the demo employer ranked candidates and the demo seeker recommendations', async () => {
    const app = createApp(services);
    const employer = await postJson(app, '/api/auth/login', { identifier: 'empleador@demo.solidaria.test', password: DEMO_PASSWORD });
    const employerCookie = employer.headers.getSetCookie()[0]!.split(';')[0]!;
    const [organisation] = ((await (await app.request('/api/me/organizations', { headers: { cookie: employerCookie } })).json()) as { organisations: { id: number; verification: string }[] }).organisations;
    expect(organisation?.verification).toBe('verified');
    const offers = ((await (await app.request(`/api/organizations/${organisation!.id}/offers`, { headers: { cookie: employerCookie } })).json()) as { offers: { id: number; status: string }[] }).offers;
    let ranked = 0;
    for (const offer of offers.filter((o) => o.status === 'published')) {
      const res = await app.request(`/api/offers/${offer.id}/candidates`, { headers: { cookie: employerCookie } });
      ranked += ((await res.json()) as { total: number }).total;
    }
    expect(ranked).toBeGreaterThan(0);
    const seeker = await postJson(app, '/api/auth/login', { identifier: 'buscadora@demo.solidaria.test', password: DEMO_PASSWORD });
    const seekerCookie = seeker.headers.getSetCookie()[0]!.split(';')[0]!;
    const { recommendations } = (await (await app.request('/api/me/recommendations', { headers: { cookie: seekerCookie } })).json()) as { recommendations: unknown[] };
    expect(recommendations.length).toBeGreaterThan(0);
  });

  it('shows employers only the demo people whose consent to share stands, and lets some be asked for their contact', async () => {
    const profiles = await services.db.orm.select({ userId: schema.seekerProfiles.userId, visibility: schema.seekerProfiles.visibility }).from(schema.seekerProfiles);
    const standing = async (purpose: string) =>
      new Set((await services.db.orm.select().from(schema.consents)).filter((c) => c.purpose === purpose && c.withdrawnAt === null).map((c) => c.userId));
    const sharing = await standing('share_profile_with_employers');
    expect(new Set(profiles.map((p) => p.visibility))).toEqual(new Set(['hidden', 'anonymous', 'visible']));
    for (const p of profiles) expect(sharing.has(p.userId), `${p.userId} is ${p.visibility}`).toBe(p.visibility !== 'hidden');
    const contactable = await standing('contact_by_employers');
    expect(profiles.filter((p) => contactable.has(p.userId)).map((p) => p.visibility).every((v) => v === 'visible')).toBe(true);
    expect(contactable.size).toBeGreaterThan(0);
  });

  it('opens the Mercadito Upaleño with its coming Saturdays and at least 12 enterprises in several municipalities, their products findable', async () => {
    const app = createApp(services);
    const { markets } = (await (await app.request('/api/markets')).json()) as { markets: { name: string; days: { date: string; enterpriseIds: number[] }[] }[] };
    expect(markets[0]?.name).toBe('Mercadito Upaleño');
    expect(markets[0]?.days.length).toBe(4);
    expect(markets[0]?.days.every((d) => new Date(`${d.date}T12:00:00Z`).getUTCDay() === 6 && d.enterpriseIds.length > 0)).toBe(true);
    const enterprises = await services.db.orm.select().from(schema.enterprises);
    expect(enterprises.length).toBeGreaterThanOrEqual(12);
    expect(new Set(enterprises.map((e) => e.municipalityId)).size).toBeGreaterThan(1);
    const found = (await (await app.request('/api/products?q=tortilas')).json()) as { results: { name: string }[] };
    expect(found.results.map((r) => r.name)).toContain('Tortillas palmeadas (docena)');
  });

  it('adds nothing to a database that already has people', async () => {
    const before = await services.db.orm.select().from(schema.users);
    expect(await seedDemoData(services, dir)).toBeNull();
    expect(await services.db.orm.select().from(schema.users)).toHaveLength(before.length);
  });

  it('creates no account at all when DEMO=false', async () => {
    const production = join(dir, 'production');
    const runtime = await startNodeRuntime(loadConfig({ DATA_DIR: production, DEMO: 'false', LOG_LEVEL: 'silent' }));
    expect(await runtime.services.db.orm.select().from(schema.users)).toEqual([]);
    await runtime.close();
  });
});
