import { schema } from '@solidaria/db';
import { eq, like, or, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn, TEST_PASSWORD } from '../auth/testing-accounts';
import type { Logger } from '../logger';
import { createTestServices, fakeClock } from '../testing';
import { putJson, verifiedOrganisationOf } from './testing-profiles';

// Canary values planted where only the person and the office may look.
const CANARY = { name: 'Canario Nombre Zqx', email: 'canario.zqx@example.org', phone: '+50688887777', birthDate: '1987-03-29' };

const logged: string[] = [];
const capture: Logger['info'] = (fields, message) => logged.push(`${message} ${JSON.stringify(fields)}`);
const services = createTestServices({ clock: fakeClock(), logger: { info: capture, warn: capture, error: capture } });
const app = createApp(services);
afterAll(() => services.db.close());

const [skill] = await services.db.orm.select().from(schema.skills).limit(1);
const [occupation] = await services.db.orm.select().from(schema.occupations).limit(1);
const profile = {
  headline: 'Cocinera con experiencia', municipalityId: 1, birthDate: CANARY.birthDate, workAuthorization: 'refugee',
  desiredOccupationIds: [occupation!.id], skills: [{ skillId: skill!.id, level: 'advanced' }, { customLabel: 'hacer pupusas', level: 'expert' }],
  languages: [{ code: 'es', level: 'native' }], gender: 'female', populationGroup: 'refugee', nationality: 'NI',
};

let seekerCookie: string;
let seekerId: number;
let employerCookie: string;
beforeAll(async () => {
  await services.search.applySettings();
  const reg = await postJson(app, '/api/auth/register', { identifier: CANARY.email, password: TEST_PASSWORD, displayName: CANARY.name, purposes: ['seeker'] });
  seekerId = ((await reg.json()) as { id: number }).id;
  await services.db.orm.update(schema.users).set({ phone: CANARY.phone }).where(eq(schema.users.id, seekerId));
  seekerCookie = reg.headers.getSetCookie()[0]!.split(';')[0]!;
  expect((await putJson(app, '/api/me/profile', profile, seekerCookie)).status).toBe(200);
  const employer = await addPerson(services, 'empleo@finca.example', [{ role: 'employer', municipalityId: null }]);
  await verifiedOrganisationOf(services, employer.id);
  employerCookie = await signIn(app, services, employer);
});

const employerView = async () => app.request(`/api/profiles/${seekerId}`, { headers: { cookie: employerCookie } });

describe('what a verified employer sees of an anonymous profile', () => {
  it('holds skills, languages and municipality, and no canary in the answer, the search index or the logs', async () => {
    const res = await employerView();
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text).view).toMatchObject({ kind: 'anonymous', municipalityId: 1, languages: [{ code: 'es', level: 'native' }] });
    const [doc] = await services.db.orm.all<{ doc: string }>(sql`SELECT doc FROM search_profiles_docs WHERE id = ${seekerId}`);
    expect(doc?.doc).toContain('hacer pupusas');
    for (const canary of [...Object.values(CANARY), '1987', 'refugee', 'Cocinera con experiencia']) {
      expect(text, canary).not.toContain(canary);
      expect(doc?.doc, canary).not.toContain(canary);
    }
    for (const canary of Object.values(CANARY)) expect(logged.filter((l) => l.includes(canary))).toEqual([]);
  });

  it('sees the name once the person chooses "visible", and nothing once they hide', async () => {
    await putJson(app, '/api/me/profile/visibility', { visibility: 'visible' }, seekerCookie);
    expect(((await (await employerView()).json()) as { view: { displayName: string } }).view.displayName).toBe(CANARY.name);
    await putJson(app, '/api/me/profile/visibility', { visibility: 'hidden' }, seekerCookie);
    expect((await employerView()).status).toBe(404);
    expect((await services.search.search('profiles', { q: 'pupusas' })).total).toBe(0);
    await putJson(app, '/api/me/profile/visibility', { visibility: 'anonymous' }, seekerCookie);
    expect((await services.search.search('profiles', { q: 'pupusas' })).total).toBe(1);
  });

  it('keeps the profile of a 16-year-old out of employers’ sight and search', async () => {
    const teen = await addPerson(services, 'teen@example.org', [{ role: 'seeker', municipalityId: null }]);
    const cookie = await signIn(app, services, teen);
    expect((await putJson(app, '/api/me/profile', { ...profile, birthDate: '2010-06-01' }, cookie)).status).toBe(200);
    expect((await app.request(`/api/profiles/${teen.id}`, { headers: { cookie: employerCookie } })).status).toBe(404);
    const docs = await services.search.search('profiles', { q: '' });
    expect(docs.hits.map((h) => h.document.id)).not.toContain(teen.id);
  });
});

describe('the person in control of their data', () => {
  it('downloads every personal field held, and no password hash', async () => {
    await postJson(app, '/api/me/consents', { purpose: 'contact_by_employers', granted: true }, { cookie: seekerCookie });
    const res = await app.request('/api/me/export', { headers: { cookie: seekerCookie } });
    const text = await res.text();
    for (const value of [...Object.values(CANARY), 'hacer pupusas', 'refugee', 'female', 'NI', 'contact_by_employers']) expect(text, value).toContain(value);
    expect(text).not.toContain('$argon2id$');
  });

  it('erases the account at once: no row, search document or session of the person remains', async () => {
    const wrong = await app.request('/api/me', { method: 'DELETE', body: JSON.stringify({ password: 'nope' }), headers: { 'content-type': 'application/json', cookie: seekerCookie } });
    expect(wrong.status).toBe(422);
    const res = await app.request('/api/me', { method: 'DELETE', body: JSON.stringify({ password: TEST_PASSWORD }), headers: { 'content-type': 'application/json', cookie: seekerCookie } });
    expect(res.status).toBe(204);
    const { db } = services;
    const left = await Promise.all([
      db.orm.select().from(schema.users).where(eq(schema.users.id, seekerId)),
      db.orm.select().from(schema.sessions).where(eq(schema.sessions.userId, seekerId)),
      db.orm.select().from(schema.seekerProfiles).where(eq(schema.seekerProfiles.userId, seekerId)),
      db.orm.select().from(schema.profileSkills).where(eq(schema.profileSkills.userId, seekerId)),
      db.orm.select().from(schema.consents).where(eq(schema.consents.userId, seekerId)),
      db.orm.select().from(schema.rateLimits).where(or(like(schema.rateLimits.key, `%${CANARY.email}%`), like(schema.rateLimits.key, `%${CANARY.phone}%`))),
      db.orm.select().from(schema.outbox).where(eq(schema.outbox.recipient, CANARY.email)),
    ]);
    expect(left.map((rows) => rows.length)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect((await services.search.search('profiles', { q: 'pupusas' })).total).toBe(0);
    expect((await app.request('/api/me', { headers: { cookie: seekerCookie } })).status).toBe(401);
    const audit = JSON.stringify(await db.orm.select().from(schema.auditLog));
    for (const canary of Object.values(CANARY)) expect(audit).not.toContain(canary);
  });
});
