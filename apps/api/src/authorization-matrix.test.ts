import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { schema, type UserRow } from '@solidaria/db';
import { eq } from 'drizzle-orm';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { addPerson, postJson, signIn } from './auth/testing-accounts';
import { addAssistedPerson, addDuplicateFlag, addPlacement, assistedBody } from './assisted/testing-assisted';
import { addProduct, listEnterprise, orderBody } from './marketplace/testing-marketplace';
import { honestOffer, jsonRequest, freshCedulaJuridica } from './offers/testing-offers';
import { createTestServices, fakeClock } from './testing';
import { filePhotoStore } from './uploads/photo-store';
import { ACTORS, GRANTS, LOS_CHILES, UPALA, type ActorName, type Row } from './authorization-matrix-actors';

// Every API route × every kind of caller → the status they get. A new route fails the
// last test until it is added here, so no route ships without a decision on who may call it.
// A test clock, so each sign-in's TOTP code belongs to a new 30-second step.
const services = createTestServices({ clock: fakeClock(), photos: filePhotoStore(mkdtempSync(join(tmpdir(), 'solidaria-matrix-'))) });
const app = createApp(services);
let counter = 0;
const unique = () => `p${++counter}@example.org`;
const victim = () => addPerson(services, unique(), [{ role: 'seeker', municipalityId: null }], UPALA);

const PROFILE = { municipalityId: UPALA, birthDate: '1990-05-01', workAuthorization: 'refugee', skills: [{ customLabel: 'hacer tortillas', level: 'expert' }] };
const seekerId = () => people.get('seeker')!.id;

// The employer's organisations and offers, made through the API in beforeAll.
const fixture = { photo: '', enterprise: 0, enterpriseSlug: '', product: 0, order: '', verifiedOrg: 0, unverifiedOrg: 0, toVerifyOrg: 0, draftOffer: 0, reportedOffer: 0, publishedOffer: 0, application: 0, contactRequest: 0, otherSeeker: 0 };
let employerCookie = '';
let officerCookie = '';
const offerBody = (title: string, extra: object = {}) => ({ ...honestOffer({ title, ...extra }), organisationId: fixture.verifiedOrg });
async function newOffer(state: 'draft' | 'pending_review' | 'published'): Promise<number> {
  // A fresh sign-in: the logout-all row ends the employer's earlier sessions.
  employerCookie = await signIn(app, services, people.get('employer')!);
  const res = await jsonRequest(app, 'POST', '/api/offers', offerBody(`Ayudante de cocina ${state}`, state === 'pending_review' ? { salary: { kind: 'to_agree' } } : {}), employerCookie);
  const id = ((await res.json()) as { offer: { id: number } }).offer.id;
  if (state !== 'draft') await app.request(`/api/offers/${id}/submit`, { method: 'POST', headers: { cookie: employerCookie } });
  return id;
}
const smallPhoto = async () => new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c86432' } }).jpeg().toBuffer());
const newOrder = async () =>
  ((await (await postJson(app, '/api/orders', orderBody(fixture.enterprise, fixture.product), { 'x-test-client': '198.51.100.77' })).json()) as { order: { publicId: string } }).order.publicId;
const organisationBody = () => ({ name: 'Soda La Amistad', sector: 'food_service', municipalityId: UPALA, taxId: freshCedulaJuridica(), contactEmail: 'soda@example.org' });

// The vendor's pages (edits, market days, the municipal programme): a coming day of a Upala market, and a fresh enterprise per programme decision.
let matrixDay = 0;
async function upalaMarketDay(): Promise<number> {
  if (matrixDay) return matrixDay;
  const [market] = await services.db.orm.insert(schema.markets).values({ slug: 'mercadito-matriz', name: 'Mercadito', municipalityId: UPALA, place: 'Parque' }).returning();
  const [day] = await services.db.orm.insert(schema.marketDays).values({ marketId: market!.id, date: '2027-01-09', opensAt: '07:00', closesAt: '13:00' }).returning();
  return (matrixDay = day!.id);
}
const freshEnterprise = async () => (await listEnterprise(app, await signIn(app, services, people.get('vendor')!), { name: `Puesto ${++counter}` })).id;

const MATRIX: Row[] = [
  { route: 'GET /api/health', expect: [200, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/health', { headers: h }) },
  { route: 'GET /api/municipalities', expect: [200, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/municipalities', { headers: h }) },
  { route: 'GET /api/openapi.json', expect: [200, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/openapi.json', { headers: h }) },
  { route: 'GET /api/taxonomy/occupations', expect: [200, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/taxonomy/occupations?q=cocinero', { headers: h }) },
  { route: 'GET /api/taxonomy/skills', expect: [200, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/taxonomy/skills?q=cocinar', { headers: h }) },
  { route: 'GET /api/taxonomy/occupations/:id/skills', expect: [200, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/taxonomy/occupations/1/skills', { headers: h }) },
  {
    route: 'POST /api/auth/register', expect: [201, 201, 201, 201, 201, 201, 201],
    send: (h) => postJson(app, '/api/auth/register', { identifier: unique(), password: 'tortillas-y-frijoles', displayName: 'X' }, h),
  },
  { route: 'POST /api/auth/login', expect: [401, 401, 401, 401, 401, 401, 401], send: (h) => postJson(app, '/api/auth/login', { identifier: unique(), password: 'wrong-password' }, h) },
  { route: 'POST /api/auth/totp', expect: [401, 401, 401, 401, 401, 401, 401], send: (h) => postJson(app, '/api/auth/totp', { code: '123456' }, h) },
  { route: 'POST /api/auth/logout', expect: [204, 204, 204, 204, 204, 204, 204], send: (h) => app.request('/api/auth/logout', { method: 'POST', headers: h }) },
  { route: 'POST /api/auth/logout-all', expect: [401, 204, 204, 204, 204, 204, 204], send: (h) => app.request('/api/auth/logout-all', { method: 'POST', headers: h }) },
  { route: 'POST /api/auth/password-reset', expect: [202, 202, 202, 202, 202, 202, 202], send: (h) => postJson(app, '/api/auth/password-reset', { identifier: unique() }, h) },
  {
    route: 'POST /api/auth/password-reset/confirm', expect: [401, 401, 401, 401, 401, 401, 401],
    send: (h) => postJson(app, '/api/auth/password-reset/confirm', { token: 'not-a-real-token-at-all', password: 'tortillas-y-frijoles' }, h),
  },
  { route: 'GET /api/me', expect: [401, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/me', { headers: h }) },
  { route: 'GET /api/me/sessions', expect: [401, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/me/sessions', { headers: h }) },
  {
    route: 'POST /api/me/password', expect: [401, 422, 422, 422, 422, 422, 422],
    send: (h) => postJson(app, '/api/me/password', { currentPassword: 'not-mine', newPassword: 'tortillas-y-frijoles' }, h),
  },
  { route: 'GET /api/me/profile', expect: [401, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/me/profile', { headers: h }) },
  { route: 'PUT /api/me/profile', expect: [401, 200, 403, 403, 403, 403, 403], send: (h) => app.request('/api/me/profile', { method: 'PUT', body: JSON.stringify(PROFILE), headers: { ...h, 'content-type': 'application/json' } }) },
  {
    route: 'PUT /api/me/profile/visibility', expect: [401, 200, 404, 404, 404, 404, 404],
    send: (h) => app.request('/api/me/profile/visibility', { method: 'PUT', body: JSON.stringify({ visibility: 'anonymous' }), headers: { ...h, 'content-type': 'application/json' } }),
  },
  // The employer manages a verified organisation, so it sees the anonymous part.
  { route: 'GET /api/profiles/:id', expect: [401, 200, 200, 404, 200, 404, 200], send: (h) => app.request(`/api/profiles/${seekerId()}`, { headers: h }) },
  { route: 'GET /api/me/export', expect: [401, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/me/export', { headers: h }) },
  { route: 'GET /api/me/consents', expect: [401, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/me/consents', { headers: h }) },
  {
    route: 'POST /api/me/consents', expect: [401, 200, 200, 200, 200, 200, 200],
    send: (h) => postJson(app, '/api/me/consents', { purpose: 'contact_by_employers', granted: true }, h),
  },
  {
    route: 'DELETE /api/me', expect: [401, 422, 422, 422, 422, 422, 422],
    send: (h) => app.request('/api/me', { method: 'DELETE', body: JSON.stringify({ password: 'not-my-password' }), headers: { ...h, 'content-type': 'application/json' } }),
  },
  {
    route: 'POST /api/admin/users/:id/roles', expect: [401, 403, 403, 403, 403, 403, 200],
    send: async (h) => postJson(app, `/api/admin/users/${(await victim()).id}/roles`, { grant: [{ role: 'vendor' }] }, h),
  },
  {
    route: 'POST /api/admin/users/:id/disable', expect: [401, 403, 403, 403, 403, 403, 204],
    send: async (h) => app.request(`/api/admin/users/${(await victim()).id}/disable`, { method: 'POST', headers: h }),
  },
  {
    route: 'POST /api/office/users/:id/password-reset', expect: [401, 403, 403, 403, 201, 403, 201],
    send: async (h) => app.request(`/api/office/users/${(await victim()).id}/password-reset`, { method: 'POST', headers: h }),
  },
  { route: 'POST /api/organizations', expect: [401, 403, 201, 403, 403, 403, 403], send: (h) => postJson(app, '/api/organizations', organisationBody(), h) },
  { route: 'GET /api/organizations/:id', expect: [404, 404, 200, 404, 200, 404, 200], send: (h) => app.request(`/api/organizations/${fixture.unverifiedOrg}`, { headers: h }) },
  { route: 'GET /api/me/organizations', expect: [401, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/me/organizations', { headers: h }) },
  {
    route: 'POST /api/organizations/:id/verification', expect: [401, 403, 403, 403, 200, 403, 200],
    send: (h) => postJson(app, `/api/organizations/${fixture.toVerifyOrg}/verification`, { decision: 'verified', reason: 'Registry checked' }, h),
  },
  {
    route: 'POST /api/organizations/:id/members', expect: [401, 403, 200, 403, 403, 403, 403],
    send: (h) => postJson(app, `/api/organizations/${fixture.verifiedOrg}/members`, { identifier: 'employer@example.org' }, h),
  },
  { route: 'GET /api/organizations/:id/offers', expect: [404, 404, 200, 404, 200, 404, 200], send: (h) => app.request(`/api/organizations/${fixture.verifiedOrg}/offers`, { headers: h }) },
  { route: 'POST /api/offers', expect: [401, 403, 201, 403, 403, 403, 403], send: (h) => postJson(app, '/api/offers', offerBody('Mesero para soda'), h) },
  { route: 'PATCH /api/offers/:id', expect: [401, 403, 200, 403, 403, 403, 403], send: (h) => jsonRequest(app, 'PATCH', `/api/offers/${fixture.draftOffer}`, { vacancies: 3 }, h.cookie ?? '') },
  { route: 'POST /api/offers/:id/submit', expect: [401, 403, 200, 403, 403, 403, 403], send: async (h) => app.request(`/api/offers/${await newOffer('draft')}/submit`, { method: 'POST', headers: h }) },
  {
    route: 'POST /api/offers/:id/review', expect: [401, 403, 403, 403, 200, 403, 200],
    send: async (h) => postJson(app, `/api/offers/${await newOffer('pending_review')}/review`, { decision: 'publish', reason: 'Pay confirmed' }, h),
  },
  { route: 'POST /api/offers/:id/close', expect: [401, 403, 200, 403, 200, 403, 200], send: async (h) => postJson(app, `/api/offers/${await newOffer('published')}/close`, { filled: false }, h) },
  { route: 'POST /api/offers/:id/reports', expect: [202, 202, 202, 202, 202, 202, 202], send: (h) => postJson(app, `/api/offers/${fixture.reportedOffer}/reports`, { reason: 'fake' }, h) },
  { route: 'GET /api/offers', expect: [200, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/offers?q=cocina', { headers: h }) },
  { route: 'GET /api/offers/:id', expect: [404, 404, 200, 404, 200, 404, 200], send: (h) => app.request(`/api/offers/${fixture.draftOffer}`, { headers: h }) },
  {
    route: 'POST /api/offers/screening', expect: [401, 403, 200, 403, 403, 403, 403],
    send: (h) => postJson(app, '/api/offers/screening', { municipalityId: UPALA, title: 'Cocinero', description: 'Se cobra inscripción de ₡5000' }, h),
  },
  { route: 'GET /api/office/organizations', expect: [401, 403, 403, 403, 200, 200, 200], send: (h) => app.request('/api/office/organizations?status=unverified', { headers: h }) },
  { route: 'GET /api/office/offers', expect: [401, 403, 403, 403, 200, 200, 200], send: (h) => app.request('/api/office/offers?status=pending_review', { headers: h }) },
  { route: 'GET /api/office/offers/:id', expect: [401, 403, 403, 403, 200, 404, 200], send: (h) => app.request(`/api/office/offers/${fixture.draftOffer}`, { headers: h }) },
  // The office's people (issue 9): Upala's people are officer A's; to officer B they do not exist.
  { route: 'GET /api/office/duplicates', expect: [401, 403, 403, 403, 200, 200, 200], send: (h) => app.request('/api/office/duplicates', { headers: h }) },
  { route: 'GET /api/office/duplicates/:id', expect: [401, 403, 403, 403, 200, 404, 200], send: async (h) => app.request(`/api/office/duplicates/${await addDuplicateFlag(services)}`, { headers: h }) },
  {
    route: 'POST /api/office/duplicates/:id/decision', expect: [401, 403, 403, 403, 200, 404, 200],
    send: async (h) => postJson(app, `/api/office/duplicates/${await addDuplicateFlag(services)}/decision`, { decision: 'different_people', reason: 'Distinto documento' }, h),
  },
  { route: 'POST /api/office/people', expect: [401, 403, 403, 403, 201, 403, 201], send: (h) => postJson(app, '/api/office/people', assistedBody({ displayName: `Asistida ${unique()}` }), h) },
  { route: 'GET /api/office/people', expect: [401, 403, 403, 403, 200, 200, 200], send: (h) => app.request('/api/office/people?q=seeker', { headers: h }) },
  { route: 'GET /api/office/people/:id', expect: [401, 403, 403, 403, 200, 404, 200], send: async (h) => app.request(`/api/office/people/${(await victim()).id}`, { headers: h }) },
  { route: 'POST /api/office/people/:id/takeover-code', expect: [401, 403, 403, 403, 201, 404, 201], send: async (h) => app.request(`/api/office/people/${(await addAssistedPerson(services)).id}/takeover-code`, { method: 'POST', headers: h }) },
  { route: 'POST /api/auth/takeover', expect: [422, 422, 422, 422, 422, 422, 422], send: (h) => postJson(app, '/api/auth/takeover', { code: 'AAAA-BBBB-CCCC', identifier: unique(), password: 'pupusas-de-loroco-2026' }, h) },
  { route: 'GET /api/me/record-views', expect: [401, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/me/record-views', { headers: h }) },
  { route: 'GET /api/office/placements', expect: [401, 403, 403, 403, 200, 200, 200], send: (h) => app.request('/api/office/placements', { headers: h }) },
  { route: 'POST /api/placements/:id/follow-ups', expect: [401, 403, 403, 403, 201, 404, 201], send: async (h) => postJson(app, `/api/placements/${await addPlacement(services)}/follow-ups`, { months: 1, stillEmployed: true }, h) },
  { route: 'GET /api/me/recommendations', expect: [401, 200, 404, 404, 404, 404, 404], send: (h) => app.request('/api/me/recommendations', { headers: h }) },
  { route: 'GET /api/offers/:id/candidates', expect: [401, 403, 200, 403, 403, 403, 403], send: (h) => app.request(`/api/offers/${fixture.publishedOffer}/candidates`, { headers: h }) },
  { route: 'POST /api/offers/:id/applications', expect: [401, 201, 403, 403, 403, 403, 403], send: (h) => postJson(app, `/api/offers/${fixture.publishedOffer}/applications`, { shareContact: false }, h) },
  { route: 'GET /api/me/applications', expect: [401, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/me/applications', { headers: h }) },
  { route: 'GET /api/offers/:id/applications', expect: [401, 403, 200, 403, 403, 403, 403], send: (h) => app.request(`/api/offers/${fixture.reportedOffer}/applications`, { headers: h }) },
  // The seeker may only withdraw; the employer moves it on; to anyone else it does not exist.
  { route: 'POST /api/applications/:id/transitions', expect: [401, 409, 200, 404, 404, 404, 404], send: (h) => postJson(app, `/api/applications/${fixture.application}/transitions`, { to: 'shortlisted' }, h) },
  { route: 'POST /api/applications/:id/contact', expect: [401, 200, 404, 404, 404, 404, 404], send: (h) => postJson(app, `/api/applications/${fixture.application}/contact`, { share: true }, h) },
  {
    route: 'POST /api/profiles/:id/contact-requests', expect: [401, 403, 201, 403, 403, 403, 403],
    send: (h) => postJson(app, `/api/profiles/${fixture.otherSeeker}/contact-requests`, { organisationId: fixture.verifiedOrg }, h),
  },
  { route: 'GET /api/organizations/:id/contact-requests', expect: [401, 404, 200, 404, 404, 404, 404], send: (h) => app.request(`/api/organizations/${fixture.verifiedOrg}/contact-requests`, { headers: h }) },
  { route: 'GET /api/me/contact-requests', expect: [401, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/me/contact-requests', { headers: h }) },
  { route: 'POST /api/contact-requests/:id/answer', expect: [401, 200, 404, 404, 404, 404, 404], send: (h) => postJson(app, `/api/contact-requests/${fixture.contactRequest}/answer`, { answer: 'accept' }, h) },
  {
    route: 'POST /api/placements', expect: [401, 403, 403, 403, 201, 403, 201],
    send: (h) => postJson(app, '/api/placements', { employerName: 'Finca vecina', municipalityId: UPALA, startsOn: '2026-11-20' }, h),
  },
  // Figures: officers of Upala only (officer B reads Los Chiles, not Upala), admins any.
  { route: 'GET /api/stats', expect: [401, 403, 403, 403, 200, 403, 200], send: (h) => app.request(`/api/stats?municipality=${UPALA}&by=gender`, { headers: h }) },
  { route: 'GET /api/stats/export.csv', expect: [401, 403, 403, 403, 200, 403, 200], send: (h) => app.request(`/api/stats/export.csv?municipality=${UPALA}`, { headers: h }) },
  {
    route: 'POST /api/enterprises', expect: [401, 403, 403, 201, 403, 403, 403],
    send: (h) => postJson(app, '/api/enterprises', { name: 'Costurería La Aguja', category: 'clothing', municipalityId: UPALA, phone: '+50624601234', paymentMethods: ['cash'] }, h),
  },
  { route: 'GET /api/me/enterprises', expect: [401, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/me/enterprises', { headers: h }) },
  { route: 'GET /api/enterprises', expect: [200, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/enterprises?q=tortilleria', { headers: h }) },
  { route: 'GET /api/enterprises/:slug', expect: [200, 200, 200, 200, 200, 200, 200], send: (h) => app.request(`/api/enterprises/${fixture.enterpriseSlug}`, { headers: h }) },
  {
    route: 'POST /api/enterprises/:id/products', expect: [401, 403, 403, 201, 403, 403, 403],
    send: (h) => postJson(app, `/api/enterprises/${fixture.enterprise}/products`, { name: 'Rosquillas', category: 'food', priceMinor: 1_000_00, stock: null }, h),
  },
  { route: 'GET /api/enterprises/:id/orders', expect: [401, 403, 403, 200, 403, 403, 403], send: (h) => app.request(`/api/enterprises/${fixture.enterprise}/orders`, { headers: h }) },
  { route: 'GET /api/products', expect: [200, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/products?q=tortillas', { headers: h }) },
  { route: 'PATCH /api/enterprises/:id', expect: [401, 403, 403, 200, 403, 403, 403], send: (h) => app.request(`/api/enterprises/${fixture.enterprise}`, { method: 'PATCH', body: JSON.stringify({ description: 'Tortillas' }), headers: { ...h, 'content-type': 'application/json' } }) },
  { route: 'PATCH /api/products/:id', expect: [401, 403, 403, 200, 403, 403, 403], send: (h) => app.request(`/api/products/${fixture.product}`, { method: 'PATCH', body: JSON.stringify({ priceMinor: 1_200_00 }), headers: { ...h, 'content-type': 'application/json' } }) },
  { route: 'GET /api/enterprises/:id/workspace', expect: [401, 403, 403, 200, 403, 403, 403], send: (h) => app.request(`/api/enterprises/${fixture.enterprise}/workspace`, { headers: h }) },
  { route: 'PUT /api/enterprises/:id/market-days/:dayId', expect: [401, 403, 403, 200, 403, 403, 403], send: async (h) => app.request(`/api/enterprises/${fixture.enterprise}/market-days/${await upalaMarketDay()}`, { method: 'PUT', headers: h }) },
  { route: 'DELETE /api/enterprises/:id/market-days/:dayId', expect: [401, 403, 403, 200, 403, 403, 403], send: async (h) => app.request(`/api/enterprises/${fixture.enterprise}/market-days/${await upalaMarketDay()}`, { method: 'DELETE', headers: h }) },
  { route: 'POST /api/enterprises/:id/programme-request', expect: [401, 403, 403, 200, 403, 403, 403], send: (h) => app.request(`/api/enterprises/${fixture.enterprise}/programme-request`, { method: 'POST', headers: h }) },
  { route: 'GET /api/office/enterprise-requests', expect: [401, 403, 403, 403, 200, 200, 200], send: (h) => app.request('/api/office/enterprise-requests', { headers: h }) },
  { route: 'GET /api/office/enterprises/:id', expect: [401, 403, 403, 403, 200, 404, 200], send: (h) => app.request(`/api/office/enterprises/${fixture.enterprise}`, { headers: h }) },
  { route: 'POST /api/enterprises/:id/programme', expect: [401, 403, 403, 403, 200, 403, 200], send: async (h) => postJson(app, `/api/enterprises/${await freshEnterprise()}/programme`, { decision: 'join', reason: 'Capacitación completa' }, h) },
  { route: 'GET /api/markets', expect: [200, 200, 200, 200, 200, 200, 200], send: (h) => app.request('/api/markets', { headers: h }) },
  {
    route: 'POST /api/uploads', expect: [401, 403, 403, 201, 403, 403, 403],
    send: async (h) => app.request('/api/uploads', { method: 'POST', body: await smallPhoto(), headers: { ...h, 'content-type': 'image/jpeg' } }),
  },
  { route: 'GET /api/uploads/:id/:file', expect: [200, 200, 200, 200, 200, 200, 200], send: (h) => app.request(`/api/uploads/${fixture.photo}/40.webp`, { headers: h }) },
  // Without Stripe keys (as here) cards are off for everyone; payments.test.ts covers them with keys.
  { route: 'POST /api/orders/:id/checkout', expect: [503, 503, 503, 503, 503, 503, 503], send: (h) => app.request(`/api/orders/${fixture.order}/checkout`, { method: 'POST', headers: h }) },
  { route: 'POST /api/payments/stripe/webhook', expect: [404, 404, 404, 404, 404, 404, 404], send: (h) => postJson(app, '/api/payments/stripe/webhook', { id: 'evt_x' }, h) },
  // Card onboarding is for the enterprise's vendors; without Stripe keys (as here) it is refused with 409. connect.test.ts covers it with keys.
  { route: 'GET /api/enterprises/:id/stripe', expect: [401, 403, 403, 200, 403, 403, 403], send: (h) => app.request(`/api/enterprises/${fixture.enterprise}/stripe`, { headers: h }) },
  { route: 'POST /api/enterprises/:id/stripe/onboarding', expect: [401, 403, 403, 409, 403, 403, 403], send: (h) => app.request(`/api/enterprises/${fixture.enterprise}/stripe/onboarding`, { method: 'POST', headers: h }) },
  // Guests may order; the buyer's link is the order's random id.
  { route: 'POST /api/orders', expect: [201, 201, 201, 201, 201, 201, 201], send: (h) => postJson(app, '/api/orders', orderBody(fixture.enterprise, fixture.product), h) },
  { route: 'GET /api/orders/:id', expect: [200, 200, 200, 200, 200, 200, 200], send: (h) => app.request(`/api/orders/${fixture.order}`, { headers: h }) },
  // Only the enterprise's vendor marks an order paid; to anyone else it is the buyer's, who may not.
  { route: 'POST /api/orders/:id/transitions', expect: [409, 409, 409, 200, 409, 409, 409], send: async (h) => postJson(app, `/api/orders/${await newOrder()}/transitions`, { to: 'paid' }, h) },
];

const people = new Map<ActorName, UserRow>();
beforeAll(async () => {
  await services.search.applySettings();
  for (const [name, grants] of Object.entries(GRANTS)) {
    people.set(name as ActorName, await addPerson(services, `${name}@example.org`, grants, name === 'officerB' ? LOS_CHILES : UPALA));
  }
  employerCookie = await signIn(app, services, people.get('employer')!);
  officerCookie = await signIn(app, services, people.get('officerA')!);
  const organisation = async () => ((await (await postJson(app, '/api/organizations', organisationBody(), { cookie: employerCookie })).json()) as { organisation: { id: number } }).organisation.id;
  fixture.verifiedOrg = await organisation();
  fixture.unverifiedOrg = await organisation();
  fixture.toVerifyOrg = await organisation();
  // Registered long ago: a new organisation posting many offers would be sent to review.
  await services.db.orm.update(schema.organisations).set({ createdAt: new Date('2025-01-01T00:00:00Z') }).where(eq(schema.organisations.id, fixture.verifiedOrg));
  await postJson(app, `/api/organizations/${fixture.verifiedOrg}/verification`, { decision: 'verified', reason: 'Registry checked' }, { cookie: officerCookie });
  fixture.draftOffer = await newOffer('draft');
  fixture.reportedOffer = await newOffer('published');
  fixture.publishedOffer = await newOffer('published');
  // The seeker has a profile, an application to the reported offer and a contact request from the employer.
  const seekerCookie = await signIn(app, services, people.get('seeker')!);
  await app.request('/api/me/profile', { method: 'PUT', body: JSON.stringify(PROFILE), headers: { cookie: seekerCookie, 'content-type': 'application/json' } });
  // Both seekers agreed to be contacted by employers, without which nobody may ask them.
  await postJson(app, '/api/me/consents', { purpose: 'contact_by_employers', granted: true }, { cookie: seekerCookie });
  const applied = await postJson(app, `/api/offers/${fixture.reportedOffer}/applications`, { shareContact: false }, { cookie: seekerCookie });
  fixture.application = ((await applied.json()) as { application: { id: number } }).application.id;
  const asked = await postJson(app, `/api/profiles/${seekerId()}/contact-requests`, { organisationId: fixture.verifiedOrg }, { cookie: employerCookie });
  fixture.contactRequest = ((await asked.json()) as { id: number }).id;
  const other = await victim();
  const otherCookie = await signIn(app, services, other);
  await app.request('/api/me/profile', { method: 'PUT', body: JSON.stringify(PROFILE), headers: { cookie: otherCookie, 'content-type': 'application/json' } });
  await postJson(app, '/api/me/consents', { purpose: 'contact_by_employers', granted: true }, { cookie: otherCookie });
  fixture.otherSeeker = other.id;
  const vendorCookie = await signIn(app, services, people.get('vendor')!);
  const stall = await listEnterprise(app, vendorCookie);
  fixture.enterprise = stall.id;
  fixture.enterpriseSlug = stall.slug;
  fixture.product = await addProduct(app, vendorCookie, stall.id, { stock: null });
  fixture.order = await newOrder();
  const uploaded = await app.request('/api/uploads', { method: 'POST', body: await smallPhoto(), headers: { cookie: vendorCookie, 'content-type': 'image/jpeg' } });
  fixture.photo = ((await uploaded.json()) as { id: string }).id;
});
afterAll(() => services.db.close());

// Each call gets its own sign-in (logout ends sessions) and its own address (rate limits).
async function headersFor(actor: ActorName, call: number): Promise<Record<string, string>> {
  const client = { 'x-test-client': `203.0.113.${call % 250}` };
  const person = people.get(actor);
  if (!person) return client;
  return { ...client, cookie: await signIn(app, services, person) };
}

describe('the authorization matrix', () => {
  let call = 0;
  for (const row of MATRIX) {
    it(`${row.route}: ${ACTORS.map((a, i) => `${a} ${row.expect[i]}`).join(', ')}`, async () => {
      const got: number[] = [];
      for (const actor of ACTORS) got.push((await row.send(await headersFor(actor, ++call))).status);
      expect(got).toEqual(row.expect);
    });
  }

  it('lists every route the API has, and only those', () => {
    const routes = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`);
    expect(new Set(routes)).toEqual(new Set(MATRIX.map((row) => row.route)));
  });
});
