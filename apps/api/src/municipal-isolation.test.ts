import { schema } from '@solidaria/db';
import { nameKey } from '@solidaria/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { addPerson, signIn } from './auth/testing-accounts';
import { addEnterpriseWithOrders, addPlacement, addPublishedOffer, addSeeker, ESQUIPULAS, UPALA } from './stats/testing-figures';
import { createTestServices, fakeClock } from './testing';

// An officer of Upala reads nothing of Esquipulas (Guatemala) from any route an officer
// may read: every office queue and record, the figures and their export. The routes come
// from the OpenAPI document, so a new office route is covered the day it is added.

const services = createTestServices({ clock: fakeClock(new Date('2026-11-27T12:00:00Z')) });
const app = createApp(services);
const AT = new Date('2026-06-02T15:00:00Z');
const MARKER = 'Quiriguá';
// Esquipulas rows get ids no Upala row has, so a leaked id is seen in any response.
const ESQ_IDS = { user: 987_001, similarUser: 987_002, organisation: 987_003, offer: 987_004, enterprise: 987_005, placement: 987_006, flag: 987_007, order: 987_008 };
// Private rows (people, an unverified organisation, an offer in review, a placement, an
// order's buyer) must not reach any GET route; the enterprise is public on the market,
// so only office routes must not show it or anything else of Esquipulas.
const PRIVATE_LEAK = new RegExp(`${MARKER}|\\b98700[1234678]\\b`);
const LEAK = new RegExp(`${PRIVATE_LEAK.source}|Esquipulas|Copán|\\b987005\\b|"municipalityId":${ESQUIPULAS}\\b`);
let officer = '';

async function esquipulasData() {
  const { db } = services;
  for (const id of [ESQ_IDS.user, ESQ_IDS.similarUser]) {
    await db.orm.insert(schema.users).values({ id, email: `esq${id}@example.org`, displayName: `Persona ${MARKER} ${id}`, nameKey: nameKey(`Persona ${MARKER} ${id}`), language: 'es', passwordHash: 'not-a-hash', municipalityId: ESQUIPULAS, createdAt: AT });
    await db.orm.insert(schema.userRoles).values({ userId: id, role: 'seeker', municipalityId: null, grantedAt: AT });
    await db.orm.insert(schema.seekerProfiles).values({
      userId: id, headline: `Cocinera de ${MARKER}`, municipalityId: ESQUIPULAS, birthDate: '1990-01-01', availability: { fullTime: true, partTime: false, days: [], shifts: [], canStartOn: null, willingToRelocate: false },
      workAuthorization: 'refugee', gender: 'female', nationality: 'HN', populationGroup: 'refugee', createdAt: AT, updatedAt: AT,
    });
  }
  await db.orm.insert(schema.duplicateFlags).values({ id: ESQ_IDS.flag, userId: ESQ_IDS.user, similarUserId: ESQ_IDS.similarUser, municipalityId: ESQUIPULAS, reason: 'similar_name_same_birth_year', createdAt: AT });
  await db.orm.insert(schema.organisations).values({ id: ESQ_IDS.organisation, name: `Cooperativa ${MARKER}`, municipalityId: ESQUIPULAS, verification: 'unverified', createdAt: AT } as never);
  await db.orm.insert(schema.offers).values({
    id: ESQ_IDS.offer, organisationId: ESQ_IDS.organisation, municipalityId: ESQUIPULAS, title: `Panadero en ${MARKER}`, description: 'Panadería del centro, sin cobros.', remote: false, workAbroad: false,
    contractType: 'indefinite', workingTime: 'full_time', days: ['mon'], shifts: ['morning'], currency: 'GTQ', vacancies: 2, acceptedAuthorizations: ['refugee'], suitableForAdolescents: false,
    languages: [], howToApply: '', closesOn: '2027-12-31', status: 'pending_review', flags: [], textFingerprint: 'esq-fp', hiddenByReports: false, createdAt: AT, updatedAt: AT,
  } as never);
  await db.orm.insert(schema.placements).values({ id: ESQ_IDS.placement, userId: ESQ_IDS.user, employerName: `Hotel ${MARKER}`, municipalityId: ESQUIPULAS, startsOn: '2026-05-01', source: 'office', gender: 'female', createdAt: AT });
  await db.orm.insert(schema.placementFollowUps).values({ placementId: ESQ_IDS.placement, months: 1, stillEmployed: true, recordedAt: AT });
  await db.orm.insert(schema.enterprises).values({
    id: ESQ_IDS.enterprise, slug: 'quirigua-esq', name: 'Tejidos Copán', category: 'clothing', description: 'Tejidos', municipalityId: ESQUIPULAS, pickupPoint: 'Basílica',
    paymentMethods: ['cash'], paymentInstructions: '', programmeRequestedAt: AT, createdAt: AT,
  });
  await db.orm.insert(schema.orders).values({ id: ESQ_IDS.order, publicId: 'esq-order', enterpriseId: ESQ_IDS.enterprise, buyerName: `Comprador ${MARKER}`, paymentMethod: 'cash', note: '', state: 'completed', totalMinor: 12_000, currency: 'GTQ', createdAt: AT, updatedAt: AT });
  for (let i = 0; i < 6; i++) await addSeeker(services, ESQUIPULAS, AT, { gender: 'male' }, `esq-${MARKER}`);
}

async function upalaData() {
  for (let i = 0; i < 6; i++) await addSeeker(services, UPALA, AT, { gender: 'female' });
  await addPublishedOffer(services, UPALA, AT, 'Cocinero en Upala');
  await addPlacement(services, UPALA, '2026-05-01', { gender: 'female' }, [{ months: 1, stillEmployed: true }]);
  await addEnterpriseWithOrders(services, UPALA, AT, 'Tortillería Upala', 5, 1_500_00);
  await services.db.orm.insert(schema.organisations).values({ name: 'Finca Upala por verificar', municipalityId: UPALA, verification: 'unverified', createdAt: AT } as never);
}

interface Operation { path: string; parameters: { name: string; in: string; required?: boolean; schema?: { type?: string; enum?: string[] } }[] }

/** Every GET route of the API, and whether it is the office's (under /office, the figures, or documented as for officers). */
async function getRoutes(): Promise<(Operation & { office: boolean })[]> {
  const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, { get?: { summary?: string; parameters?: Operation['parameters'] } }> };
  return Object.entries(doc.paths)
    .map(([path, item]) => [path.replace(/^\/api/, ''), item] as const)
    .filter(([path, item]) => item.get && path !== '/openapi.json')
    .map(([path, item]) => ({
      path, parameters: item.get?.parameters ?? [],
      office: path.startsWith('/office') || path.startsWith('/stats') || /^officer/i.test(item.get?.summary ?? ''),
    }));
}

/** Every way to call a route with Esquipulas in it: each path id and each query value, one at a time. */
function requestsFor(op: Operation): string[] {
  const ids = [...Object.values(ESQ_IDS), ESQUIPULAS].map(String);
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const paths = pathParams.length === 0 ? [op.path] : ids.map((id) => pathParams.reduce((path, p) => path.replace(`{${p.name}}`, id), op.path));
  const variants: string[] = [''];
  for (const p of op.parameters.filter((q) => q.in === 'query')) {
    const values = p.schema?.enum ?? (p.schema?.type === 'integer' || p.schema?.type === 'number' ? ids : p.name === 'q' ? [MARKER, 'Esquipulas'] : []);
    for (const value of values) variants.push(`${p.name}=${encodeURIComponent(value)}`);
  }
  return paths.flatMap((path) => variants.map((query) => `/api${path}${query ? `?${query}` : ''}`));
}

beforeAll(async () => {
  await services.search.applySettings();
  // Upala first: the explicit Esquipulas ids would otherwise move every later id past them.
  await upalaData();
  officer = await signIn(app, services, await addPerson(services, 'oficina-upala@example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  await esquipulasData();
});
afterAll(() => services.db.close());

describe('an officer of Upala and the data of Esquipulas', () => {
  it('gets no Esquipulas row, name or id from any office route, figure or export, and nothing private of it from any other GET route or search', async () => {
    const routes = await getRoutes();
    expect(routes.filter((r) => r.office).map((r) => r.path)).toEqual(expect.arrayContaining(['/office/organizations', '/office/offers', '/stats', '/stats/export.csv']));
    const answered: string[] = [];
    for (const op of routes) {
      for (const url of requestsFor(op)) {
        const res = await app.request(url, { headers: { cookie: officer } });
        expect(res.status, url).toBeLessThan(500);
        const body = await res.text();
        expect(body, url).not.toMatch(op.office ? LEAK : PRIVATE_LEAK);
        if (res.status === 200) answered.push(url);
      }
    }
    // Not vacuous: the lists did answer, with Upala's own work in them.
    expect(answered).toEqual(expect.arrayContaining(['/api/office/organizations', '/api/stats', '/api/stats/export.csv', '/api/offers', `/api/offers?q=${encodeURIComponent(MARKER)}`]));
  });

  it('sees Upala’s own queue and figures, and a 403 for Esquipulas’ figures', async () => {
    const queue = await (await app.request('/api/office/organizations', { headers: { cookie: officer } })).text();
    expect(queue).toContain('Finca Upala por verificar');
    const figures = (await (await app.request('/api/stats?from=2026-01&to=2026-11', { headers: { cookie: officer } })).json()) as { figures: { measure: string; total: unknown }[] };
    expect(figures.figures.find((f) => f.measure === 'seekers')?.total).toBe(6);
    expect((await app.request(`/api/stats?municipality=${ESQUIPULAS}`, { headers: { cookie: officer } })).status).toBe(403);
    expect((await app.request(`/api/stats/export.csv?municipality=${ESQUIPULAS}`, { headers: { cookie: officer } })).status).toBe(403);
  });

  it('is checked against data that an admin does see, so a leak would show', async () => {
    const admin = await signIn(app, services, await addPerson(services, 'admin-isolation@example.org', [{ role: 'admin', municipalityId: null }], null));
    const organisations = await (await app.request('/api/office/organizations', { headers: { cookie: admin } })).text();
    expect(organisations).toMatch(LEAK);
    const csv = await (await app.request(`/api/stats/export.csv?municipality=${ESQUIPULAS}`, { headers: { cookie: admin } })).text();
    expect(csv).toContain('Esquipulas');
  });
});
