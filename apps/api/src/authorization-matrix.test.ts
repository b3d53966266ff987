import type { RoleGrant } from '@solidaria/core';
import type { UserRow } from '@solidaria/db';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { addPerson, postJson, signIn } from './auth/testing-accounts';
import { createTestServices, fakeClock } from './testing';

// Every API route × every kind of caller → the status they get. A new route fails the
// last test until it is added here, so no route ships without a decision on who may call it.
const ACTORS = ['anonymous', 'seeker', 'employer', 'vendor', 'officerA', 'officerB', 'admin'] as const;
type ActorName = (typeof ACTORS)[number];
type Statuses = [number, number, number, number, number, number, number];

const UPALA = 1;
const LOS_CHILES = 2;
const GRANTS: Record<Exclude<ActorName, 'anonymous'>, RoleGrant[]> = {
  seeker: [{ role: 'seeker', municipalityId: null }],
  employer: [{ role: 'employer', municipalityId: null }],
  vendor: [{ role: 'vendor', municipalityId: null }],
  officerA: [{ role: 'officer', municipalityId: UPALA }],
  officerB: [{ role: 'officer', municipalityId: LOS_CHILES }],
  admin: [{ role: 'admin', municipalityId: null }],
};

// A test clock, so each sign-in's TOTP code belongs to a new 30-second step.
const services = createTestServices({ clock: fakeClock() });
const app = createApp(services);
let counter = 0;
const unique = () => `p${++counter}@example.org`;
const victim = () => addPerson(services, unique(), [{ role: 'seeker', municipalityId: null }], UPALA);

interface Row {
  route: string;
  expect: Statuses;
  send: (cookie: Record<string, string>) => Response | Promise<Response>;
}

const PROFILE = { municipalityId: UPALA, birthDate: '1990-05-01', workAuthorization: 'refugee', skills: [{ customLabel: 'hacer tortillas', level: 'expert' }] };
const seekerId = () => people.get('seeker')!.id;

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
  { route: 'GET /api/profiles/:id', expect: [401, 200, 404, 404, 200, 404, 200], send: (h) => app.request(`/api/profiles/${seekerId()}`, { headers: h }) },
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
];

const people = new Map<ActorName, UserRow>();
beforeAll(async () => {
  await services.search.applySettings();
  for (const [name, grants] of Object.entries(GRANTS)) {
    people.set(name as ActorName, await addPerson(services, `${name}@example.org`, grants, name === 'officerB' ? LOS_CHILES : UPALA));
  }
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
