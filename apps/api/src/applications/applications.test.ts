import { schema } from '@solidaria/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn, TEST_PASSWORD } from '../auth/testing-accounts';
import { honestOffer, jsonRequest, occupationId, registerOrganisation, UPALA, verify } from '../offers/testing-offers';
import { putJson } from '../profiles/testing-profiles';
import { sendDailyDigest } from '../notifications/daily-digest';
import { createTestServices, fakeClock } from '../testing';

// A name and contact planted to check an employer never sees them before they are shared.
const CANARY = { name: 'Canaria Zqx Postulante', email: 'canaria.zqx@example.org' };

const services = createTestServices({ clock: fakeClock() });
const app = createApp(services);
afterAll(() => services.db.close());

let cook: number;
let skillIds: number[];
let employer: string;
let officer: string;
let organisationId: number;

const register = async (email: string, name: string) => {
  const res = await postJson(app, '/api/auth/register', { identifier: email, password: TEST_PASSWORD, displayName: name, purposes: ['seeker'] });
  return { id: ((await res.json()) as { id: number }).id, cookie: res.headers.getSetCookie()[0]!.split(';')[0]! };
};
const profileOf = (birthDate: string, extra: object = {}) => ({
  headline: 'Cocinera', municipalityId: UPALA, birthDate, workAuthorization: 'refugee', desiredOccupationIds: [cook],
  skills: skillIds.map((skillId) => ({ skillId, level: 'advanced' })), languages: [{ code: 'es', level: 'native' }], ...extra,
});
const publish = async (overrides: object = {}) => {
  const res = await jsonRequest(app, 'POST', '/api/offers', { ...honestOffer({ occupationId: cook, skills: skillIds.map((skillId) => ({ skillId, level: 'intermediate', required: true })), ...overrides }), organisationId }, employer);
  const id = ((await res.json()) as { offer: { id: number } }).offer.id;
  const submitted = await app.request(`/api/offers/${id}/submit`, { method: 'POST', headers: { cookie: employer } });
  expect(((await submitted.json()) as { offer: { status: string } }).offer.status).toBe('published');
  return id;
};
const json = async <T>(res: Response | Promise<Response>): Promise<T> => (await (await res).json()) as T;
const get = (path: string, cookie: string) => app.request(path, { headers: { cookie } });

beforeAll(async () => {
  await services.search.applySettings();
  cook = await occupationId(services, 'cocinero/cocinera');
  skillIds = (await services.db.orm.select().from(schema.occupationSkills).where(eq(schema.occupationSkills.occupationId, cook)).limit(3)).map((r) => r.skillId);
  employer = await signIn(app, services, await addPerson(services, 'soda@example.org', [{ role: 'employer', municipalityId: null }]));
  officer = await signIn(app, services, await addPerson(services, 'oficina@example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  organisationId = (await registerOrganisation(app, employer)).id;
  await verify(app, organisationId, officer);
  // An organisation registered long ago: many offers from a new one would be sent to review.
  await services.db.orm.update(schema.organisations).set({ createdAt: new Date('2024-01-01T00:00:00Z') }).where(eq(schema.organisations.id, organisationId));
});

describe('a seeker and an employer meet', () => {
  it('ranks the offer for the seeker with reasons, takes one application, shows the employer a ranked anonymous candidate, and records the hire', async () => {
    const offerId = await publish();
    const seeker = await register(CANARY.email, CANARY.name);
    expect((await putJson(app, '/api/me/profile', profileOf('1990-04-01'), seeker.cookie)).status).toBe(200);

    const { recommendations } = await json<{ recommendations: { offer: { id: number }; score: number; reasons: { text: { es: string } }[] }[] }>(get('/api/me/recommendations', seeker.cookie));
    const mine = recommendations.find((r) => r.offer.id === offerId);
    expect(mine?.score).toBeGreaterThan(50);
    expect(mine?.reasons.map((r) => r.text.es).join(' · ')).toMatch(/habilidades requeridas/);

    // Before the person applies, the employer finds them only as an anonymous candidate.
    const before = await get(`/api/offers/${offerId}/candidates`, employer);
    expect(before.status).toBe(200);
    const beforeText = await before.text();
    expect(beforeText).not.toContain(CANARY.name);
    expect(beforeText).not.toContain(CANARY.email);
    const candidates = JSON.parse(beforeText) as { candidates: { view: { id: number; kind: string }; score: number; reasons: unknown[] }[] };
    const found = candidates.candidates.find((c) => c.view.id === seeker.id);
    expect(found?.view.kind).toBe('anonymous');
    expect(found?.reasons.length).toBeGreaterThan(0);

    const apply = await postJson(app, `/api/offers/${offerId}/applications`, { note: 'Trabajé cinco años en una soda', shareContact: true }, { cookie: seeker.cookie });
    expect(apply.status).toBe(201);
    expect((await postJson(app, `/api/offers/${offerId}/applications`, { shareContact: true }, { cookie: seeker.cookie })).status).toBe(409);

    // The organisation is told there is news, and nothing more.
    const mail = await services.db.orm.select().from(schema.outbox).where(eq(schema.outbox.recipient, 'soda@example.org'));
    expect(mail.length).toBe(1);
    expect(mail[0]!.body).not.toContain(CANARY.name);
    expect(mail[0]!.body).not.toContain('Cocinero');

    const pipeline = await json<{ applications: { id: number; state: string; contact: { displayName: string; email: string } | null }[] }>(get(`/api/offers/${offerId}/applications`, employer));
    const application = pipeline.applications[0]!;
    expect(application.contact).toMatchObject({ displayName: CANARY.name, email: CANARY.email });

    const move = (to: string, cookie: string) => postJson(app, `/api/applications/${application.id}/transitions`, { to }, { cookie });
    expect((await move('shortlisted', seeker.cookie)).status).toBe(409);
    for (const to of ['shortlisted', 'interview', 'offered']) expect((await move(to, employer)).status).toBe(200);
    expect((await move('withdrawn', employer)).status).toBe(409);
    expect((await move('hired', employer)).status).toBe(200);
    expect((await move('withdrawn', seeker.cookie)).status).toBe(409);

    const { applications } = await json<{ applications: { state: string; history: { to: string }[] }[] }>(get('/api/me/applications', seeker.cookie));
    expect(applications[0]!.state).toBe('hired');
    expect(applications[0]!.history.map((h) => h.to)).toEqual(['applied', 'shortlisted', 'interview', 'offered', 'hired']);
    const [placement] = await services.db.orm.select().from(schema.placements).where(eq(schema.placements.userId, seeker.id));
    expect(placement).toMatchObject({ organisationId, occupationId: cook, municipalityId: UPALA, source: 'platform' });
  });

  it('keeps the law on age: nobody under 15 applies, 15–17 only to offers for adolescents', async () => {
    const adultOnly = await publish({ title: 'Cocinero de noche' });
    const forTeens = await publish({ title: 'Ayudante de cocina los sábados', suitableForAdolescents: true });
    const teen = await register('joven@example.org', 'Joven');
    await putJson(app, '/api/me/profile', profileOf('2010-06-01'), teen.cookie);
    expect((await postJson(app, `/api/offers/${adultOnly}/applications`, { shareContact: false }, { cookie: teen.cookie })).status).toBe(422);
    expect((await postJson(app, `/api/offers/${forTeens}/applications`, { note: 'Puedo los sábados', shareContact: true }, { cookie: teen.cookie })).status).toBe(201);
    // The organisation sees the adolescent's application, anonymous and without contact, whatever they chose.
    const { applications } = await json<{ applications: { candidate: { kind: string; id: number }; minor: boolean; contact: unknown; reasons: unknown[] }[] }>(get(`/api/offers/${forTeens}/applications`, employer));
    const teenApplication = applications.find((a) => a.candidate.id === teen.id);
    expect(teenApplication).toMatchObject({ minor: true, contact: null, candidate: { kind: 'anonymous' } });
    expect(teenApplication?.reasons.length).toBeGreaterThan(0);
    const child = await register('nino@example.org', 'Niño');
    await putJson(app, '/api/me/profile', profileOf('2013-01-01'), child.cookie);
    expect((await postJson(app, `/api/offers/${forTeens}/applications`, { shareContact: false }, { cookie: child.cookie })).status).toBe(422);
    // Nor does the employer ever see them as candidates.
    const { candidates } = await json<{ candidates: { view: { id: number } }[] }>(get(`/api/offers/${forTeens}/candidates`, employer));
    expect(candidates.map((c) => c.view.id)).not.toContain(teen.id);
    expect(candidates.map((c) => c.view.id)).not.toContain(child.id);
  });

  it('shares a contact only when the person accepts a request, and hides it again when they take it back', async () => {
    const offerId = await publish({ title: 'Cocinera para hotel' });
    const person = await register('contacto@example.org', 'Persona Contacto Zqw');
    await putJson(app, '/api/me/profile', profileOf('1985-01-01'), person.cookie);
    // Employers may ask only someone who agreed to be contacted.
    await postJson(app, '/api/me/consents', { purpose: 'contact_by_employers', granted: true }, { cookie: person.cookie });
    const candidate = async () => (await json<{ candidates: { view: { id: number; kind: string }; contact: unknown }[] }>(get(`/api/offers/${offerId}/candidates`, employer))).candidates.find((c) => c.view.id === person.id);
    expect((await candidate())?.contact).toBeNull();
    const ask = await postJson(app, `/api/profiles/${person.id}/contact-requests`, { organisationId, offerId, message: 'Nos gustaría conversar' }, { cookie: employer });
    expect(ask.status).toBe(201);
    expect((await postJson(app, `/api/profiles/${person.id}/contact-requests`, { organisationId }, { cookie: employer })).status).toBe(409);
    const sent = await json<{ requests: { userId: number; state: string }[] }>(get(`/api/organizations/${organisationId}/contact-requests`, employer));
    expect(sent.requests).toContainEqual(expect.objectContaining({ userId: person.id, state: 'pending' }));
    const { requests } = await json<{ requests: { id: number; state: string }[] }>(get('/api/me/contact-requests', person.cookie));
    expect(requests[0]!.state).toBe('pending');
    expect((await postJson(app, `/api/contact-requests/${requests[0]!.id}/answer`, { answer: 'accept' }, { cookie: employer })).status).toBe(404);
    expect((await postJson(app, `/api/contact-requests/${requests[0]!.id}/answer`, { answer: 'accept' }, { cookie: person.cookie })).status).toBe(200);
    expect((await candidate())?.contact).toMatchObject({ displayName: 'Persona Contacto Zqw', email: 'contacto@example.org' });
    expect((await postJson(app, `/api/contact-requests/${requests[0]!.id}/answer`, { answer: 'withdraw' }, { cookie: person.cookie })).status).toBe(200);
    expect((await candidate())?.contact).toBeNull();
  });

  it('tells people once a day, without details, that new offers fit them', async () => {
    const person = await register('digest@example.org', 'Digest');
    await putJson(app, '/api/me/profile', profileOf('1988-02-02'), person.cookie);
    await publish({ title: 'Cocinero para comedor escolar' });
    const told = await sendDailyDigest(services);
    expect(told).toBeGreaterThan(0);
    const mail = await services.db.orm.select().from(schema.outbox).where(eq(schema.outbox.recipient, 'digest@example.org'));
    expect(mail.map((m) => m.body)).toEqual([expect.stringContaining('Hay ofertas de empleo nuevas que coinciden con su perfil.')]);
    expect(mail[0]!.body).not.toContain('Cocinero para comedor escolar');
    expect(await sendDailyDigest(services)).toBeNull();
  });

  it('lets an officer of the municipality record a placement made outside the platform, and nobody else', async () => {
    const body = { employerName: 'Finca vecina', municipalityId: UPALA, startsOn: '2026-11-20' };
    expect((await postJson(app, '/api/placements', body, { cookie: employer })).status).toBe(403);
    expect((await postJson(app, '/api/placements', body, { cookie: officer })).status).toBe(201);
    expect((await postJson(app, '/api/placements', { ...body, municipalityId: 2 }, { cookie: officer })).status).toBe(403);
  });
});
