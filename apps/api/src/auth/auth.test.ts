import { findUserByIdentifier, listGrants, schema } from '@solidaria/db';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { ErrorEnvelope } from '../errors';
import { createTestServices } from '../testing';
import { cookieOf, postJson, TEST_PASSWORD } from './testing-accounts';

const services = createTestServices();
const app = createApp(services);
afterAll(() => services.db.close());

const me = (cookie?: string) => app.request('/api/me', { headers: cookie ? { cookie } : {} });
const register = (body: Record<string, unknown>) =>
  postJson(app, '/api/auth/register', { password: TEST_PASSWORD, displayName: 'Ana', ...body });

describe('registration', () => {
  it('creates an account with a phone number, signs the person in and keeps the roles they chose', async () => {
    const res = await register({ identifier: '8888 1234', country: 'CR', purposes: ['seeker', 'vendor'], municipality: 'upala' });
    expect(res.status).toBe(201);
    const cookie = res.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^solidaria_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const body = (await (await me(cookieOf(res))).json()) as { user: { phone: string; roles: unknown[] } };
    expect(body.user.phone).toBe('+50688881234');
    expect(body.user.roles).toEqual([{ role: 'seeker', municipalityId: null }, { role: 'vendor', municipalityId: null }]);
  });

  it('ignores roles, admin flags and municipality ids slipped into the body', async () => {
    const res = await register({
      identifier: 'sneaky@example.org', roles: ['admin'], isAdmin: true, municipalityId: 3,
      purposes: ['employer'], ['__proto__']: { isAdmin: true },
    });
    expect(res.status).toBe(201);
    const user = await findUserByIdentifier(services.db, { kind: 'email', value: 'sneaky@example.org' });
    expect(user?.municipalityId).toBeNull();
    expect(await listGrants(services.db, user!.id)).toEqual([{ role: 'employer', municipalityId: null }]);
  });

  it('refuses a common password, exactly as typed, and creates nothing', async () => {
    const res = await register({ identifier: 'common@example.org', password: 'contrasena' });
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorEnvelope).error.fields).toHaveProperty('password');
    expect(await findUserByIdentifier(services.db, { kind: 'email', value: 'common@example.org' })).toBeUndefined();
  });

  it('refuses a second account for the same e-mail with 409', async () => {
    expect((await register({ identifier: 'twice@example.org' })).status).toBe(201);
    const again = await register({ identifier: 'TWICE@example.org ' });
    expect(again.status).toBe(409);
  });

  it('stores only an argon2id hash with at least the agreed parameters, never the password', async () => {
    await register({ identifier: 'hash@example.org' });
    const [row] = await services.db.orm.select().from(schema.users).where(eq(schema.users.email, 'hash@example.org'));
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(row?.passwordHash ?? '');
    expect(match).not.toBeNull();
    const [, m, t, p] = match!.map(Number);
    expect(m).toBeGreaterThanOrEqual(19456);
    expect(t).toBeGreaterThanOrEqual(2);
    expect(p).toBeGreaterThanOrEqual(1);
    expect(row?.passwordHash).not.toContain(TEST_PASSWORD);
  });
});

describe('signing in and out', () => {
  it('answers /api/me with a 401 envelope when signed out', async () => {
    const res = await me();
    expect(res.status).toBe(401);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe('UNAUTHENTICATED');
  });

  it('gives the same answer for a wrong password and for an account that does not exist', async () => {
    await register({ identifier: 'real@example.org' });
    const wrong = await postJson(app, '/api/auth/login', { identifier: 'real@example.org', password: 'not-the-password' });
    const ghost = await postJson(app, '/api/auth/login', { identifier: 'ghost@example.org', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(ghost.status).toBe(401);
    const [a, b] = [(await wrong.json()) as ErrorEnvelope, (await ghost.json()) as ErrorEnvelope];
    expect(a.error.message).toBe(b.error.message);
  });

  it('issues a new token at login, so a cookie planted before is useless after (session fixation)', async () => {
    const planted = 'solidaria_session=planted-by-an-attacker-000000000000000000000';
    const res = await postJson(app, '/api/auth/login', { identifier: 'real@example.org', password: TEST_PASSWORD }, { cookie: planted });
    expect(res.status).toBe(200);
    expect(cookieOf(res)).not.toBe(planted);
    expect((await me(planted)).status).toBe(401);
    expect((await me(cookieOf(res))).status).toBe(200);
  });

  it('ends the session on the server at logout, so replaying the old cookie gets 401', async () => {
    const login = await postJson(app, '/api/auth/login', { identifier: 'real@example.org', password: TEST_PASSWORD });
    const cookie = cookieOf(login);
    expect((await app.request('/api/auth/logout', { method: 'POST', headers: { cookie } })).status).toBe(204);
    expect((await me(cookie)).status).toBe(401);
  });

  it('signs out everywhere: every session of the person ends', async () => {
    const login = () => postJson(app, '/api/auth/login', { identifier: 'real@example.org', password: TEST_PASSWORD }).then(cookieOf);
    const [phone, laptop] = [await login(), await login()];
    const sessions = (await (await app.request('/api/me/sessions', { headers: { cookie: phone } })).json()) as { sessions: { current: boolean }[] };
    expect(sessions.sessions.length).toBeGreaterThanOrEqual(2);
    expect(sessions.sessions.filter((s) => s.current)).toHaveLength(1);
    expect((await app.request('/api/auth/logout-all', { method: 'POST', headers: { cookie: laptop } })).status).toBe(204);
    expect((await me(phone)).status).toBe(401);
    expect((await me(laptop)).status).toBe(401);
  });

  it('ends the other sessions when the password changes, and keeps this one', async () => {
    const login = () => postJson(app, '/api/auth/login', { identifier: 'real@example.org', password: TEST_PASSWORD }).then(cookieOf);
    const [here, elsewhere] = [await login(), await login()];
    const res = await postJson(app, '/api/me/password', { currentPassword: TEST_PASSWORD, newPassword: 'guanacaste-y-upala-2027' }, { cookie: here });
    expect(res.status).toBe(204);
    expect((await me(here)).status).toBe(200);
    expect((await me(elsewhere)).status).toBe(401);
  });
});
