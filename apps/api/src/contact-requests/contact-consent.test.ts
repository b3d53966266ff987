import { schema } from '@solidaria/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn, TEST_PASSWORD } from '../auth/testing-accounts';
import { honestOffer, jsonRequest, occupationId, registerOrganisation, UPALA, verify } from '../offers/testing-offers';
import { putJson } from '../profiles/testing-profiles';
import { createTestServices, fakeClock } from '../testing';

// Employers contact a candidate by asking for their name and contact; only someone who
// agreed to be contacted by employers can be asked at all.

const services = createTestServices({ clock: fakeClock() });
const app = createApp(services);
afterAll(() => services.db.close());

let employer: string;
let organisationId: number;
let offerId: number;
let person: { id: number; cookie: string };

const candidate = async () =>
  ((await (await app.request(`/api/offers/${offerId}/candidates`, { headers: { cookie: employer } })).json()) as { candidates: { view: { id: number }; acceptsContactRequests: boolean }[] }).candidates.find(
    (c) => c.view.id === person.id,
  );
const ask = () => postJson(app, `/api/profiles/${person.id}/contact-requests`, { organisationId, offerId, message: '¿Podemos llamarle?' }, { cookie: employer });
const contactConsent = (granted: boolean) => postJson(app, '/api/me/consents', { purpose: 'contact_by_employers', granted }, { cookie: person.cookie });
const requestsTo = () => services.db.orm.select().from(schema.contactRequests).where(eq(schema.contactRequests.userId, person.id));
const notificationsOf = async () => (await services.db.orm.select().from(schema.outbox).where(eq(schema.outbox.recipient, 'persona@contacto.example.org'))).filter((e) => e.body.includes('quiere contactarle'));

beforeAll(async () => {
  await services.search.applySettings();
  const cook = await occupationId(services, 'cocinero/cocinera');
  const skillIds = (await services.db.orm.select().from(schema.occupationSkills).where(eq(schema.occupationSkills.occupationId, cook)).limit(3)).map((r) => r.skillId);
  employer = await signIn(app, services, await addPerson(services, 'soda@contacto.example.org', [{ role: 'employer', municipalityId: null }]));
  const officer = await signIn(app, services, await addPerson(services, 'oficina@contacto.example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  organisationId = (await registerOrganisation(app, employer)).id;
  await verify(app, organisationId, officer);
  await services.db.orm.update(schema.organisations).set({ createdAt: new Date('2024-01-01T00:00:00Z') }).where(eq(schema.organisations.id, organisationId));
  const created = await jsonRequest(app, 'POST', '/api/offers', { ...honestOffer({ occupationId: cook, skills: skillIds.map((skillId) => ({ skillId, level: 'intermediate', required: true })) }), organisationId }, employer);
  offerId = ((await created.json()) as { offer: { id: number } }).offer.id;
  await app.request(`/api/offers/${offerId}/submit`, { method: 'POST', headers: { cookie: employer } });
  const res = await postJson(app, '/api/auth/register', { identifier: 'persona@contacto.example.org', password: TEST_PASSWORD, displayName: 'Persona Contacto', purposes: ['seeker'] });
  person = { id: ((await res.json()) as { id: number }).id, cookie: res.headers.getSetCookie()[0]!.split(';')[0]! };
  await putJson(app, '/api/me/profile', {
    headline: 'Cocinera', municipalityId: UPALA, birthDate: '1990-04-01', workAuthorization: 'refugee', desiredOccupationIds: [cook],
    skills: skillIds.map((skillId) => ({ skillId, level: 'advanced' })), languages: [{ code: 'es', level: 'native' }],
  }, person.cookie);
});

describe('asking a candidate for their contact', () => {
  it('is refused (409) for someone who never agreed to be contacted, who stays unasked and unnotified; the candidate list says so', async () => {
    expect(await candidate()).toMatchObject({ acceptsContactRequests: false });
    const res = await ask();
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'CONFLICT', message: 'This person does not take contact requests.' });
    expect(await requestsTo()).toEqual([]);
    expect(await notificationsOf()).toEqual([]);
  });

  it('is taken once the person agrees, and refused again once they withdraw that consent', async () => {
    expect((await contactConsent(true)).status).toBe(200);
    expect(await candidate()).toMatchObject({ acceptsContactRequests: true });
    expect((await ask()).status).toBe(201);
    expect(await requestsTo()).toHaveLength(1);
    expect(await notificationsOf()).toHaveLength(1);
    // The request already made stays for the person to answer; a new one cannot be made.
    await postJson(app, `/api/contact-requests/${(await requestsTo())[0]!.id}/answer`, { answer: 'decline' }, { cookie: person.cookie });
    expect((await contactConsent(false)).status).toBe(200);
    expect(await candidate()).toMatchObject({ acceptsContactRequests: false });
    const again = await ask();
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toBe('This person does not take contact requests.');
    expect(await requestsTo()).toHaveLength(1);
  });
});
