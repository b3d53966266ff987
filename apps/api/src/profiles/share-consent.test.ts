import { schema } from '@solidaria/db';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn, TEST_PASSWORD } from '../auth/testing-accounts';
import { honestOffer, jsonRequest, occupationId, registerOrganisation, UPALA, verify } from '../offers/testing-offers';
import { createTestServices, fakeClock } from '../testing';
import { putJson } from './testing-profiles';

// A person's visibility to employers and their consent to share the profile must never
// disagree, whichever way either is changed.

const clock = fakeClock();
const services = createTestServices({ clock });
const app = createApp(services);
afterAll(() => services.db.close());

let cook: number;
let skillIds: number[];
let employer: string;
let offerId: number;

const profileOf = () => ({
  headline: 'Cocinera', municipalityId: UPALA, birthDate: '1990-04-01', workAuthorization: 'refugee', desiredOccupationIds: [cook],
  skills: skillIds.map((skillId) => ({ skillId, level: 'advanced' })), languages: [{ code: 'es', level: 'native' }],
});
let people = 0;
const register = async () => {
  const res = await postJson(app, '/api/auth/register', { identifier: `persona${++people}@consent.example.org`, password: TEST_PASSWORD, displayName: `Persona ${people}`, purposes: ['seeker'] });
  return { id: ((await res.json()) as { id: number }).id, cookie: res.headers.getSetCookie()[0]!.split(';')[0]! };
};
type Person = Awaited<ReturnType<typeof register>>;

const consentRows = (userId: number) =>
  services.db.orm.select().from(schema.consents).where(and(eq(schema.consents.userId, userId), eq(schema.consents.purpose, 'share_profile_with_employers')));
const visibilityOf = async (userId: number) => (await services.db.orm.select().from(schema.seekerProfiles).where(eq(schema.seekerProfiles.userId, userId)))[0]?.visibility;
const auditActions = async (userId: number) =>
  (await services.db.orm.select().from(schema.auditLog).where(and(eq(schema.auditLog.subjectId, String(userId)), like(schema.auditLog.action, 'consent.%')))).map((a) => a.action);
const setVisibility = (person: Person, visibility: string) => putJson(app, '/api/me/profile/visibility', { visibility }, person.cookie);
const consent = (person: Person, body: object) => postJson(app, '/api/me/consents', body, { cookie: person.cookie });
const candidateIds = async () =>
  ((await (await app.request(`/api/offers/${offerId}/candidates`, { headers: { cookie: employer } })).json()) as { candidates: { view: { id: number } }[] }).candidates.map((c) => c.view.id);
const searchDocument = async (userId: number) => (await services.search.search('profiles', { q: '' })).hits.some((h) => h.document.id === userId);

/** Shown to employers exactly when the consent to share stands. */
async function expectInStep(person: Person) {
  const standing = (await consentRows(person.id)).filter((c) => c.withdrawnAt === null);
  const visibility = await visibilityOf(person.id);
  expect(standing.length > 0, `visibility ${visibility}, ${standing.length} standing consents`).toBe(visibility !== 'hidden');
  expect(await searchDocument(person.id)).toBe(visibility !== 'hidden');
}

beforeAll(async () => {
  await services.search.applySettings();
  cook = await occupationId(services, 'cocinero/cocinera');
  skillIds = (await services.db.orm.select().from(schema.occupationSkills).where(eq(schema.occupationSkills.occupationId, cook)).limit(3)).map((r) => r.skillId);
  employer = await signIn(app, services, await addPerson(services, 'soda@consent.example.org', [{ role: 'employer', municipalityId: null }]));
  const officer = await signIn(app, services, await addPerson(services, 'oficina@consent.example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  const organisationId = (await registerOrganisation(app, employer)).id;
  await verify(app, organisationId, officer);
  await services.db.orm.update(schema.organisations).set({ createdAt: new Date('2024-01-01T00:00:00Z') }).where(eq(schema.organisations.id, organisationId));
  const res = await jsonRequest(app, 'POST', '/api/offers', { ...honestOffer({ occupationId: cook, skills: skillIds.map((skillId) => ({ skillId, level: 'intermediate', required: true })) }), organisationId }, employer);
  offerId = ((await res.json()) as { offer: { id: number } }).offer.id;
  await app.request(`/api/offers/${offerId}/submit`, { method: 'POST', headers: { cookie: employer } });
});

describe('choosing who sees the profile', () => {
  it('records the consent to share with a new profile, which starts anonymous, with its notice, time and audit row', async () => {
    const person = await register();
    expect((await putJson(app, '/api/me/profile', profileOf(), person.cookie)).status).toBe(200);
    expect(await visibilityOf(person.id)).toBe('anonymous');
    expect(await consentRows(person.id)).toEqual([expect.objectContaining({ noticeVersion: '2026-11', grantedAt: clock.now(), withdrawnAt: null, recordedBy: null })]);
    expect(await auditActions(person.id)).toEqual(['consent.granted']);
    expect(await candidateIds()).toContain(person.id);
    await expectInStep(person);
    // Saving the profile again records nothing more.
    expect((await putJson(app, '/api/me/profile', profileOf(), person.cookie)).status).toBe(200);
    expect(await consentRows(person.id)).toHaveLength(1);
  });

  it('withdraws the consent when the person hides, and grants it anew when they show themselves again; never twice', async () => {
    const person = await register();
    await putJson(app, '/api/me/profile', profileOf(), person.cookie);
    clock.advance(60_000);
    expect((await setVisibility(person, 'hidden')).status).toBe(200);
    expect(await consentRows(person.id)).toEqual([expect.objectContaining({ withdrawnAt: clock.now() })]);
    expect(await candidateIds()).not.toContain(person.id);
    await expectInStep(person);
    clock.advance(60_000);
    expect((await setVisibility(person, 'visible')).status).toBe(200);
    await expectInStep(person);
    // From visible to anonymous the person stays shown: the standing consent is enough.
    expect((await setVisibility(person, 'anonymous')).status).toBe(200);
    await expectInStep(person);
    expect((await consentRows(person.id)).map((c) => c.withdrawnAt === null)).toEqual([false, true]);
    expect(await auditActions(person.id)).toEqual(['consent.granted', 'consent.withdrawn', 'consent.granted']);
  });
});

describe('withdrawing or giving the consent to share', () => {
  it('hides the profile at once: out of the candidates, the search index and the employer’s view, in one step', async () => {
    const person = await register();
    await putJson(app, '/api/me/profile', profileOf(), person.cookie);
    await setVisibility(person, 'visible');
    expect(await candidateIds()).toContain(person.id);
    const res = await consent(person, { purpose: 'share_profile_with_employers', granted: false });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { consents: { purpose: string; withdrawnAt: string | null }[] }).consents).toEqual([
      expect.objectContaining({ purpose: 'share_profile_with_employers', withdrawnAt: clock.now().toISOString() }),
    ]);
    expect(await visibilityOf(person.id)).toBe('hidden');
    expect(await candidateIds()).not.toContain(person.id);
    expect((await app.request(`/api/profiles/${person.id}`, { headers: { cookie: employer } })).status).toBe(404);
    expect(((await (await app.request('/api/me/profile', { headers: { cookie: person.cookie } })).json()) as { profile: { visibility: string } }).profile.visibility).toBe('hidden');
    const audit = await services.db.orm.select().from(schema.auditLog).where(eq(schema.auditLog.subjectId, String(person.id)));
    expect(audit.slice(-2).map((a) => [a.action, a.details])).toEqual([
      ['consent.withdrawn', { purpose: 'share_profile_with_employers' }],
      ['profile.visibility.hidden', { because: 'consent.withdrawn' }],
    ]);
    await expectInStep(person);
  });

  it('does not show anybody a profile because the consent was given: the person still picks who sees it', async () => {
    const person = await register();
    await putJson(app, '/api/me/profile', profileOf(), person.cookie);
    await setVisibility(person, 'hidden');
    expect((await consent(person, { purpose: 'share_profile_with_employers', granted: true })).status).toBe(200);
    expect(await visibilityOf(person.id)).toBe('hidden');
    expect(await candidateIds()).not.toContain(person.id);
    expect(await searchDocument(person.id)).toBe(false);
    // Giving it again under the same notice adds no second record.
    await consent(person, { purpose: 'share_profile_with_employers', granted: true });
    expect((await consentRows(person.id)).filter((c) => c.withdrawnAt === null)).toHaveLength(1);
    // Choosing to be shown now records nothing more: the consent already stands.
    await setVisibility(person, 'anonymous');
    expect((await consentRows(person.id)).filter((c) => c.withdrawnAt === null)).toHaveLength(1);
    await expectInStep(person);
  });

  it('keeps a refusal given before the profile existed: the new profile starts hidden', async () => {
    const person = await register();
    await consent(person, { purpose: 'share_profile_with_employers', granted: true });
    await consent(person, { purpose: 'share_profile_with_employers', granted: false });
    expect((await putJson(app, '/api/me/profile', profileOf(), person.cookie)).status).toBe(200);
    expect(await visibilityOf(person.id)).toBe('hidden');
    await expectInStep(person);
  });

  it('withdraws what does not stand without a record, and leaves a hidden profile as it is', async () => {
    const person = await register();
    await putJson(app, '/api/me/profile', profileOf(), person.cookie);
    await setVisibility(person, 'hidden');
    const before = await auditActions(person.id);
    expect((await consent(person, { purpose: 'share_profile_with_employers', granted: false })).status).toBe(200);
    expect(await auditActions(person.id)).toEqual(before);
    await expectInStep(person);
  });
});

describe('a profile shown before the rule', () => {
  it('hides, when the person says no to sharing, even a profile shown without a consent on record (as before the rule)', async () => {
    const person = await register();
    await putJson(app, '/api/me/profile', profileOf(), person.cookie);
    await services.db.orm.delete(schema.consents).where(eq(schema.consents.userId, person.id));
    expect((await consent(person, { purpose: 'share_profile_with_employers', granted: false })).status).toBe(200);
    expect(await visibilityOf(person.id)).toBe('hidden');
    expect(await candidateIds()).not.toContain(person.id);
    await expectInStep(person);
  });
});

describe('deleting the account', () => {
  it('takes the profile, its consents and its search document away together', async () => {
    const person = await register();
    await putJson(app, '/api/me/profile', profileOf(), person.cookie);
    expect(await candidateIds()).toContain(person.id);
    const res = await app.request('/api/me', { method: 'DELETE', body: JSON.stringify({ password: TEST_PASSWORD }), headers: { 'content-type': 'application/json', cookie: person.cookie } });
    expect(res.status).toBe(204);
    expect(await visibilityOf(person.id)).toBeUndefined();
    expect(await consentRows(person.id)).toEqual([]);
    expect(await searchDocument(person.id)).toBe(false);
    expect(await candidateIds()).not.toContain(person.id);
  });
});

describe('bad input changes nothing', () => {
  it('refuses an unknown visibility or purpose, a missing field and a body that is not JSON', async () => {
    const person = await register();
    await putJson(app, '/api/me/profile', profileOf(), person.cookie);
    const rows = await consentRows(person.id);
    for (const res of [
      await setVisibility(person, 'everyone'),
      await putJson(app, '/api/me/profile/visibility', {}, person.cookie),
      await consent(person, { purpose: 'sell_my_data', granted: true }),
      await consent(person, { purpose: 'share_profile_with_employers' }),
      await consent(person, { purpose: 'share_profile_with_employers', granted: 'no' }),
      await consent(person, { purpose: 'share_profile_with_employers', granted: false, noticeVersion: 'x'.repeat(21) }),
    ]) {
      expect(res.status).toBe(422);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
    }
    const text = await app.request('/api/me/consents', { method: 'POST', body: 'granted=false', headers: { 'content-type': 'text/plain', cookie: person.cookie } });
    expect([400, 415]).toContain(text.status);
    expect(await consentRows(person.id)).toEqual(rows);
    expect(await visibilityOf(person.id)).toBe('anonymous');
    await expectInStep(person);
  });

  it('answers a visibility choice without a profile with 404 and records no consent', async () => {
    const person = await register();
    expect((await setVisibility(person, 'visible')).status).toBe(404);
    expect(await consentRows(person.id)).toEqual([]);
  });
});
