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

type Refusal = { error: { code: string; message: string; reasons?: { code: string; es: string; en: string }[] } };
const refusalOf = async (res: Response) => ((await res.json()) as Refusal).error;
const sentRequests = async () =>
  ((await (await app.request(`/api/organizations/${organisationId}/contact-requests`, { headers: { cookie: employer } })).json()) as { requests: { id: number; userId: number; state: string }[] }).requests.filter((r) => r.userId === person.id);
const myRequests = async () => ((await (await app.request('/api/me/contact-requests', { headers: { cookie: person.cookie } })).json()) as { requests: { id: number; state: string }[] }).requests;
const closingAudit = () => services.db.orm.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'contact_request.closed'));
const employerMail = () => services.db.orm.select().from(schema.outbox).where(eq(schema.outbox.recipient, 'soda@contacto.example.org'));

describe('asking a candidate for their contact', () => {
  it('is refused (409) for someone who never agreed to be contacted, who stays unasked and unnotified; the candidate list says so', async () => {
    expect(await candidate()).toMatchObject({ acceptsContactRequests: false });
    const res = await ask();
    expect(res.status).toBe(409);
    expect(await refusalOf(res)).toMatchObject({
      code: 'CONFLICT', message: 'This person does not take contact requests.',
      reasons: [{ code: 'takes_no_contact_requests', es: 'Esta persona no recibe pedidos de contacto.', en: 'This person takes no contact requests.' }],
    });
    expect(await requestsTo()).toEqual([]);
    expect(await notificationsOf()).toEqual([]);
  });

  it('is taken once the person agrees; asking again is refused with its own reason, not as a missing consent', async () => {
    expect((await contactConsent(true)).status).toBe(200);
    expect(await candidate()).toMatchObject({ acceptsContactRequests: true });
    expect((await ask()).status).toBe(201);
    expect(await requestsTo()).toHaveLength(1);
    expect(await notificationsOf()).toHaveLength(1);
    const again = await ask();
    expect(again.status).toBe(409);
    const refusal = await refusalOf(again);
    expect(refusal).toMatchObject({ code: 'CONFLICT', message: 'This organisation already asked this person.', reasons: [{ code: 'already_asked' }] });
    expect(refusal.reasons).toHaveLength(1);
    expect(await requestsTo()).toHaveLength(1);
  });

  it('withdrawing the consent closes the request still waiting, with an audit row and no e-mail to the employer; the employer is then refused as for a missing consent', async () => {
    const [pending] = await requestsTo();
    expect(pending!.state).toBe('pending');
    const mailBefore = (await employerMail()).length;
    expect((await contactConsent(false)).status).toBe(200);
    expect((await requestsTo()).map((r) => ({ id: r.id, state: r.state, answeredAt: r.answeredAt }))).toEqual([{ id: pending!.id, state: 'closed', answeredAt: services.clock.now() }]);
    expect(await closingAudit()).toEqual([
      expect.objectContaining({ actorUserId: person.id, subjectType: 'contact_request', subjectId: String(pending!.id), details: { because: 'consent.withdrawn', organisationId } }),
    ]);
    // The employer reads it as closed on their list, with nothing sent that names the person.
    expect(await sentRequests()).toEqual([expect.objectContaining({ id: pending!.id, state: 'closed' })]);
    expect(await employerMail()).toHaveLength(mailBefore);
    // The person sees it closed, and it can no longer be answered.
    expect(await myRequests()).toEqual([expect.objectContaining({ id: pending!.id, state: 'closed' })]);
    const late = await postJson(app, `/api/contact-requests/${pending!.id}/answer`, { answer: 'accept' }, { cookie: person.cookie });
    expect(late.status).toBe(409);
    expect((await requestsTo())[0]!.state).toBe('closed');
    const refused = await ask();
    expect(refused.status).toBe(409);
    expect((await refusalOf(refused)).reasons).toEqual([expect.objectContaining({ code: 'takes_no_contact_requests' })]);
    // Withdrawing again changes nothing more.
    expect((await contactConsent(false)).status).toBe(200);
    expect(await closingAudit()).toHaveLength(1);
  });

  it('leaves answered requests as they were, and lets the organisation ask again once the person agrees again', async () => {
    expect((await contactConsent(true)).status).toBe(200);
    const asked = await ask();
    expect(asked.status).toBe(201);
    const { id } = (await asked.json()) as { id: number };
    expect((await postJson(app, `/api/contact-requests/${id}/answer`, { answer: 'accept' }, { cookie: person.cookie })).status).toBe(200);
    expect((await contactConsent(false)).status).toBe(200);
    // A contact already shared stays shared until the person takes it back: withdrawing is about new requests.
    expect((await requestsTo()).map((r) => r.state).sort()).toEqual(['accepted', 'closed']);
    expect(await closingAudit()).toHaveLength(1);
  });
});
