import { schema } from '@solidaria/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn } from '../auth/testing-accounts';
import { registerAssisted, UPALA } from '../assisted/testing-assisted';
import { createTestServices, fakeClock } from '../testing';

// Every route that shows an officer a named person's data leaves a `person.viewed` row,
// and the person sees it at GET /api/me/record-views.

const clock = fakeClock();
const services = createTestServices({ clock });
const app = createApp(services);
afterAll(() => services.db.close());

let officer = '';
let admin = '';
let person = '';
const ids = { person: 0, twin: 0, flag: 0 };

// The officer read routes that show a named person, with a request each that shows `ids.person`.
const PERSON_READS: Record<string, () => string> = {
  'GET /api/profiles/:id': () => `/api/profiles/${ids.person}`,
  'GET /api/office/people/:id': () => `/api/office/people/${ids.person}`,
  'GET /api/office/people': () => '/api/office/people?q=Juana',
  'GET /api/office/duplicates': () => '/api/office/duplicates',
  'GET /api/office/duplicates/:id': () => `/api/office/duplicates/${ids.flag}`,
  'GET /api/office/placements': () => '/api/office/placements?status=all',
};
// Office reads that show organisations, offers and enterprises (businesses), never a person's record.
const NO_PERSON = [
  'GET /api/office/organizations', 'GET /api/office/offers', 'GET /api/office/offers/:id', 'GET /api/office/enterprise-requests', 'GET /api/office/enterprises/:id',
];

type Views = { views: { at: string; role: string; municipalityId: number | null }[] };
const viewsOfPerson = async () => ((await (await app.request('/api/me/record-views', { headers: { cookie: person } })).json()) as Views).views;

beforeAll(async () => {
  await services.search.applySettings();
  officer = await signIn(app, services, await addPerson(services, 'oficina.upala@example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  admin = await signIn(app, services, await addPerson(services, 'admin@example.org', [{ role: 'admin', municipalityId: null }]));
  const registered = await registerAssisted(app, officer, { displayName: 'Juana Mairena' });
  ids.person = registered.id;
  ids.twin = (await registerAssisted(app, officer, { displayName: 'Juana Mairéna' })).id;
  const take = await postJson(app, '/api/auth/takeover', { code: registered.code, identifier: 'juana@example.org', password: 'pupusas-de-loroco-2026' });
  person = take.headers.getSetCookie()[0]!.split(';')[0]!;
  await postJson(app, '/api/placements', { userId: ids.person, employerName: 'Soda Doña Tina', municipalityId: UPALA, startsOn: '2026-10-01' }, { cookie: officer });
  ids.flag = (await services.db.orm.select().from(schema.duplicateFlags))[0]!.id;
});

describe('who looked at my record', () => {
  it('classifies every office read route: it shows people (and is logged) or it does not', () => {
    const officeReads = app.routes.filter((r) => r.method === 'GET' && r.path.startsWith('/api/office/')).map((r) => `${r.method} ${r.path}`);
    expect(new Set(officeReads)).toEqual(new Set([...Object.keys(PERSON_READS).filter((r) => r.includes('/office/')), ...NO_PERSON]));
  });

  for (const [route, path] of Object.entries(PERSON_READS)) {
    it(`${route} by an officer is in the audit log and in the person’s list`, async () => {
      const before = await viewsOfPerson();
      const res = await app.request(path(), { headers: { cookie: officer } });
      expect(res.status).toBe(200);
      const rows = await services.db.orm.select().from(schema.auditLog)
        .where(and(eq(schema.auditLog.action, 'person.viewed'), eq(schema.auditLog.subjectId, String(ids.person))));
      expect(rows.at(-1)).toMatchObject({ details: { route, role: 'officer', municipalityId: UPALA } });
      const after = await viewsOfPerson();
      expect(after).toHaveLength(before.length + 1);
      expect(after[0]).toEqual({ at: clock.now().toISOString(), role: 'officer', municipalityId: UPALA });
      clock.advance(1_000);
    });
  }

  it('shows an admin as the administration, and does not count the person reading their own profile', async () => {
    const before = await viewsOfPerson();
    expect((await app.request(`/api/profiles/${ids.person}`, { headers: { cookie: person } })).status).toBe(200);
    expect(await viewsOfPerson()).toHaveLength(before.length);
    expect((await app.request(`/api/office/people/${ids.person}`, { headers: { cookie: admin } })).status).toBe(200);
    expect((await viewsOfPerson())[0]).toMatchObject({ role: 'admin', municipalityId: null });
  });

  it('finds people of the office’s municipalities only, by a part of their name', async () => {
    const chiles = await signIn(app, services, await addPerson(services, 'oficina.chiles@example.org', [{ role: 'officer', municipalityId: 2 }], 2));
    const found = async (cookie: string, q: string) =>
      ((await (await app.request(`/api/office/people?q=${encodeURIComponent(q)}`, { headers: { cookie } })).json()) as { people: { id: number }[] }).people.map((p) => p.id);
    expect(await found(officer, 'juana')).toEqual([ids.person, ids.twin].sort((a, b) => a - b));
    expect(await found(officer, 'Mairéna')).toEqual([ids.person, ids.twin].sort((a, b) => a - b));
    expect(await found(officer, '%_')).toEqual([]);
    expect(await found(chiles, 'Juana')).toEqual([]);
    expect((await app.request('/api/office/people?q=J', { headers: { cookie: officer } })).status).toBe(422);
  });

  it('is the person’s own: another person’s list does not show it', async () => {
    const other = await signIn(app, services, await addPerson(services, 'otra@example.org', [{ role: 'seeker', municipalityId: null }], UPALA));
    const res = await app.request('/api/me/record-views', { headers: { cookie: other } });
    expect(await res.json()).toEqual({ views: [] });
    expect((await app.request('/api/me/record-views')).status).toBe(401);
  });
});
