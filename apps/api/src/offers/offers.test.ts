import { listAuditBySubject, offerHistory } from '@solidaria/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn } from '../auth/testing-accounts';
import { createTestServices, fakeClock } from '../testing';
import { closeExpiredOffers } from './close-expired';
import { honestOffer, jsonRequest, occupationId, registerOrganisation, UPALA, verify } from './testing-offers';

const clock = fakeClock();
const services = createTestServices({ clock });
const app = createApp(services);
let employer: string;
let officer: string;
let otherOfficer: string;

interface OwnOffer { offer: { id: number; status: string }; flags: { code: string }[]; rejectionReason: string | null; history: { to: string }[] }
const created = async (res: Response) => {
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as OwnOffer;
};
const search = async (q: string, extra = '') => (await (await app.request(`/api/offers?q=${encodeURIComponent(q)}${extra}`)).json()) as { results: { id: number; title: string }[]; total: number; facets: Record<string, { value: string; count: number }[]> };
const publicGet = (id: number) => app.request(`/api/offers/${id}`);

beforeAll(async () => {
  await services.search.applySettings();
  employer = await signIn(app, services, await addPerson(services, 'patrona@example.org', [{ role: 'employer', municipalityId: null }]));
  officer = await signIn(app, services, await addPerson(services, 'oficina.upala@example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  otherOfficer = await signIn(app, services, await addPerson(services, 'oficina.chiles@example.org', [{ role: 'officer', municipalityId: 2 }], 2));
});

describe('organisations', () => {
  it('refuses a tax id in the wrong format for the country, with the format expected', async () => {
    const res = await postJson(app, '/api/organizations', { name: 'Soda Doña Rosa', sector: 'food_service', municipalityId: UPALA, taxId: '12345', contactEmail: 'rosa@example.org' }, { cookie: employer });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { fields: Record<string, string> } }).error.fields.taxId).toMatch(/3-101-123456/);
  });

  it('refuses the same tax id twice (409), written either way', async () => {
    await registerOrganisation(app, employer, { taxId: '3-101-777777' });
    const again = await postJson(app, '/api/organizations', { name: 'Otra', sector: 'other', municipalityId: UPALA, taxId: '3101777777', contactPhone: '+50688887777' }, { cookie: employer });
    expect(again.status).toBe(409);
  });

  it('is verified only by an officer of its municipality, who must give a reason, and the decision is logged', async () => {
    const org = await registerOrganisation(app, employer);
    expect(org.verification).toBe('unverified');
    expect((await verify(app, org.id, otherOfficer)).status).toBe(403);
    expect((await verify(app, org.id, employer)).status).toBe(403);
    expect((await postJson(app, `/api/organizations/${org.id}/verification`, { decision: 'verified', reason: '' }, { cookie: officer })).status).toBe(422);
    expect((await verify(app, org.id, officer)).status).toBe(200);
    const audit = await listAuditBySubject(services.db, 'organisation', org.id);
    expect(audit[0]).toMatchObject({ action: 'organisation.verified', details: { reason: 'Visited the farm; registry checked', before: 'unverified' } });
  });

  it('shows an unverified organisation to nobody but its people and its office', async () => {
    const org = await registerOrganisation(app, employer);
    expect((await app.request(`/api/organizations/${org.id}`)).status).toBe(404);
    expect((await app.request(`/api/organizations/${org.id}`, { headers: { cookie: officer } })).status).toBe(200);
    const own = (await (await app.request(`/api/organizations/${org.id}`, { headers: { cookie: employer } })).json()) as { organisation: { taxId: string } };
    expect(own.organisation.taxId).toMatch(/^3-101-/);
  });

  it('can be managed by several people', async () => {
    const org = await registerOrganisation(app, employer);
    const colleague = await addPerson(services, 'socio@example.org', [{ role: 'employer', municipalityId: null }]);
    const res = await postJson(app, `/api/organizations/${org.id}/members`, { identifier: 'socio@example.org' }, { cookie: employer });
    expect(res.status).toBe(200);
    const colleagueCookie = await signIn(app, services, colleague);
    const draft = await created(await jsonRequest(app, 'POST', '/api/offers', { ...honestOffer(), organisationId: org.id }, colleagueCookie));
    expect(draft.offer.status).toBe('draft');
  });
});

describe('the life of an offer', () => {
  it('an unverified organisation keeps drafts: never public, never in search, and it cannot submit', async () => {
    const org = await registerOrganisation(app, employer);
    const draft = await created(await jsonRequest(app, 'POST', '/api/offers', { ...honestOffer({ title: 'Peón agrícola para piña' }), organisationId: org.id }, employer));
    const submit = await app.request(`/api/offers/${draft.offer.id}/submit`, { method: 'POST', headers: { cookie: employer } });
    expect(submit.status).toBe(409);
    expect((await publicGet(draft.offer.id)).status).toBe(404);
    expect((await search('peon agricola')).results.map((r) => r.id)).not.toContain(draft.offer.id);
  });

  it('a verified organisation publishes an honest offer at once, and a visitor finds it by a misspelt search', async () => {
    const org = await registerOrganisation(app, employer);
    await verify(app, org.id, officer);
    const cook = await occupationId(services, 'cocinero/cocinera');
    const draft = await created(await jsonRequest(app, 'POST', '/api/offers', { ...honestOffer({ occupationId: cook }), organisationId: org.id }, employer));
    const submit = await app.request(`/api/offers/${draft.offer.id}/submit`, { method: 'POST', headers: { cookie: employer } });
    expect(submit.status).toBe(200);
    expect(((await submit.json()) as OwnOffer).offer.status).toBe('published');
    expect((await search('cosinero')).results.map((r) => r.id)).toContain(draft.offer.id);
    const read = await publicGet(draft.offer.id);
    expect(read.status).toBe(200);
    const { offer } = (await read.json()) as { offer: { organisation: { verification: string }; occupation: { label: string } } };
    expect(offer.organisation.verification).toBe('verified');
    expect(offer.occupation.label).toBe('cocinero/cocinera');
  });

  it('refuses an offer that charges the worker a fee, with the reason in Spanish', async () => {
    const org = await registerOrganisation(app, employer);
    await verify(app, org.id, officer);
    const fee = honestOffer({ description: 'Trabajo en empacadora. Para iniciar debe pagar un depósito de ₡25 000 por el uniforme y la capacitación, que se devuelve al mes.' });
    const draft = await created(await jsonRequest(app, 'POST', '/api/offers', { ...fee, organisationId: org.id }, employer));
    const submit = await app.request(`/api/offers/${draft.offer.id}/submit`, { method: 'POST', headers: { cookie: employer, 'accept-language': 'es-CR' } });
    expect(submit.status).toBe(422);
    const { error } = (await submit.json()) as { error: { message: string; reasons: { code: string; es: string; en: string }[] } };
    expect(error.reasons.map((r) => r.code)).toContain('worker_fee');
    expect(error.message).toBe(error.reasons.find((r) => r.code === 'worker_fee')?.es);
    const still = (await (await app.request(`/api/offers/${draft.offer.id}`, { headers: { cookie: employer } })).json()) as { offer: { status: string } };
    expect(still.offer.status).toBe('draft');
  });

  it('sends a flagged offer to review; the officer publishes it or rejects it with a reason, and every move is recorded', async () => {
    const org = await registerOrganisation(app, employer);
    await verify(app, org.id, officer);
    const flagged = (title: string) => honestOffer({ title, salary: { kind: 'to_agree' } });
    const a = await created(await jsonRequest(app, 'POST', '/api/offers', { ...flagged('Ayudante de bodega'), organisationId: org.id }, employer));
    const b = await created(await jsonRequest(app, 'POST', '/api/offers', { ...flagged('Ayudante de carga'), organisationId: org.id }, employer));
    for (const id of [a.offer.id, b.offer.id]) {
      const res = (await (await app.request(`/api/offers/${id}/submit`, { method: 'POST', headers: { cookie: employer } })).json()) as OwnOffer;
      expect(res.offer.status).toBe('pending_review');
      expect(res.flags.map((f) => f.code)).toContain('pay_missing');
    }
    expect((await publicGet(a.offer.id)).status).toBe(404);
    expect((await postJson(app, `/api/offers/${a.offer.id}/review`, { decision: 'publish' }, { cookie: otherOfficer })).status).toBe(403);
    expect((await postJson(app, `/api/offers/${a.offer.id}/review`, { decision: 'publish' }, { cookie: employer })).status).toBe(403);
    expect((await postJson(app, `/api/offers/${a.offer.id}/review`, { decision: 'publish', reason: 'Pay agreed by phone' }, { cookie: officer })).status).toBe(200);
    expect((await publicGet(a.offer.id)).status).toBe(200);
    expect((await postJson(app, `/api/offers/${b.offer.id}/review`, { decision: 'reject' }, { cookie: officer })).status).toBe(422);
    expect((await postJson(app, `/api/offers/${b.offer.id}/review`, { decision: 'reject', reason: 'Say what the pay is' }, { cookie: officer })).status).toBe(200);
    const rejected = (await (await app.request(`/api/offers/${b.offer.id}`, { headers: { cookie: employer } })).json()) as { offer: { status: string } };
    expect(rejected.offer.status).toBe('rejected');
    const own = (await (await app.request(`/api/organizations/${org.id}/offers`, { headers: { cookie: employer } })).json()) as { offers: { id: number; status: string }[] };
    expect(own.offers.find((o) => o.id === b.offer.id)?.status).toBe('rejected');
    expect((await offerHistory(services.db, a.offer.id)).map((e) => e.toStatus)).toEqual(['draft', 'pending_review', 'published']);
    const rejection = (await offerHistory(services.db, b.offer.id)).at(-1);
    expect(rejection).toMatchObject({ toStatus: 'rejected', reason: 'Say what the pay is' });
  });

  it('takes a published offer out of search when an edit raises a flag, and closes it for good', async () => {
    const org = await registerOrganisation(app, employer);
    await verify(app, org.id, officer);
    const draft = await created(await jsonRequest(app, 'POST', '/api/offers', { ...honestOffer({ title: 'Costurera para taller de uniformes escolares' }), organisationId: org.id }, employer));
    await app.request(`/api/offers/${draft.offer.id}/submit`, { method: 'POST', headers: { cookie: employer } });
    expect((await search('costurera')).results.map((r) => r.id)).toContain(draft.offer.id);
    const edit = await jsonRequest(app, 'PATCH', `/api/offers/${draft.offer.id}`, { howToApply: 'Solo por WhatsApp al 8888-1234, no llame.' }, employer);
    expect(edit.status).toBe(200);
    expect(((await edit.json()) as OwnOffer).offer.status).toBe('pending_review');
    expect((await search('costurera')).results.map((r) => r.id)).not.toContain(draft.offer.id);
    await postJson(app, `/api/offers/${draft.offer.id}/review`, { decision: 'publish', reason: 'Called them; it is their shop line' }, { cookie: officer });
    const close = await postJson(app, `/api/offers/${draft.offer.id}/close`, { filled: true }, { cookie: employer });
    expect(close.status).toBe(200);
    expect((await search('costurera')).results.map((r) => r.id)).not.toContain(draft.offer.id);
    expect((await jsonRequest(app, 'PATCH', `/api/offers/${draft.offer.id}`, { vacancies: 3 }, employer)).status).toBe(409);
  });

  it('hides an offer from the public when the organisation loses its verification', async () => {
    const org = await registerOrganisation(app, employer);
    await verify(app, org.id, officer);
    const draft = await created(await jsonRequest(app, 'POST', '/api/offers', { ...honestOffer({ title: 'Chofer de camión repartidor' }), organisationId: org.id }, employer));
    await app.request(`/api/offers/${draft.offer.id}/submit`, { method: 'POST', headers: { cookie: employer } });
    expect((await search('chofer camion')).results.map((r) => r.id)).toContain(draft.offer.id);
    await verify(app, org.id, officer, 'rejected');
    expect((await search('chofer camion')).results.map((r) => r.id)).not.toContain(draft.offer.id);
    expect((await publicGet(draft.offer.id)).status).toBe(404);
  });

  it('closes offers by themselves when their closing date has passed in their municipality', async () => {
    const org = await registerOrganisation(app, employer);
    await verify(app, org.id, officer);
    const draft = await created(await jsonRequest(app, 'POST', '/api/offers', { ...honestOffer({ title: 'Recolector de café por temporada', closesOn: '2026-11-30' }), organisationId: org.id }, employer));
    await app.request(`/api/offers/${draft.offer.id}/submit`, { method: 'POST', headers: { cookie: employer } });
    expect(await closeExpiredOffers(services)).toBe(0);
    clock.set(new Date('2026-12-01T05:00:00Z')); // 30 November, 23:00 in Upala: still open
    expect(await closeExpiredOffers(services)).toBe(0);
    clock.set(new Date('2026-12-01T07:00:00Z'));
    expect((await search('recolector cafe')).results.map((r) => r.id)).not.toContain(draft.offer.id);
    expect(await closeExpiredOffers(services)).toBeGreaterThanOrEqual(1);
    const own = (await (await app.request(`/api/offers/${draft.offer.id}`, { headers: { cookie: employer } })).json()) as { offer: { status: string } };
    expect(own.offer.status).toBe('closed');
    clock.set(new Date('2026-11-27T12:00:00Z'));
  });
});

describe('reports', () => {
  it('three reports from different people hide a verified organisation’s offer until an officer reviews it', async () => {
    const org = await registerOrganisation(app, employer);
    await verify(app, org.id, officer);
    const draft = await created(await jsonRequest(app, 'POST', '/api/offers', { ...honestOffer({ title: 'Jardinero para hotel' }), organisationId: org.id }, employer));
    await app.request(`/api/offers/${draft.offer.id}/submit`, { method: 'POST', headers: { cookie: employer } });
    const report = (client: string) => postJson(app, `/api/offers/${draft.offer.id}/reports`, { reason: 'fee', details: 'Me pidieron dinero' }, { 'x-test-client': client });
    expect((await report('198.51.100.1')).status).toBe(202);
    expect((await report('198.51.100.1')).status).toBe(202); // the same person twice counts once
    expect((await report('198.51.100.2')).status).toBe(202);
    expect((await publicGet(draft.offer.id)).status).toBe(200);
    expect((await report('198.51.100.3')).status).toBe(202);
    expect((await publicGet(draft.offer.id)).status).toBe(404);
    expect((await search('jardinero')).results.map((r) => r.id)).not.toContain(draft.offer.id);
    expect((await postJson(app, `/api/offers/${draft.offer.id}/review`, { decision: 'publish', reason: 'Checked: no fee asked' }, { cookie: officer })).status).toBe(200);
    expect((await publicGet(draft.offer.id)).status).toBe(200);
    expect((await search('jardinero')).results.map((r) => r.id)).toContain(draft.offer.id);
  });

  it('cannot report an offer the public cannot see', async () => {
    const org = await registerOrganisation(app, employer);
    const draft = await created(await jsonRequest(app, 'POST', '/api/offers', { ...honestOffer(), organisationId: org.id }, employer));
    expect((await postJson(app, `/api/offers/${draft.offer.id}/reports`, { reason: 'fake' })).status).toBe(404);
  });
});

describe('public search', () => {
  it('filters by municipality, contract and pay (pay needs a municipality), with facet counts', async () => {
    const all = await search('');
    expect(all.total).toBeGreaterThan(0);
    expect(all.facets.municipality?.find((f) => f.value === String(UPALA))?.count).toBeGreaterThan(0);
    const res = await app.request('/api/offers?salaryMin=100');
    expect(res.status).toBe(422);
    const none = await search('', `&municipality=${UPALA}&salaryMin=${999_000_000_00}`);
    expect(none.total).toBe(0);
  });

  it('answers hostile queries normally, never with a 500', async () => {
    for (const q of ['"', 'NEAR(', '*', 'a'.repeat(10_000), '(((', 'cocinero OR AND NOT']) {
      const res = await app.request(`/api/offers?q=${encodeURIComponent(q)}`);
      expect([200, 400]).toContain(res.status);
    }
  });
});
