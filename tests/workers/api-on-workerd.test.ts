// The API's accounts part on workerd with D1 (see workerd.ts for how it starts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/app';
import type { ErrorEnvelope } from '../../apps/api/src/errors';
import { createTestServices } from '../../apps/api/src/testing';
import { PROGRAMME_MUNICIPALITIES } from '../fixtures/programme-municipalities';
import { sessionCookie, startWorkerd, type Workerd } from './workerd';

type MunicipalityList = { municipalities: { slug: string; country: string; currency: string }[] };

let workerd: Workerd | undefined;
beforeAll(async () => {
  workerd = await startWorkerd();
});
afterAll(async () => {
  await workerd?.dispose();
});

const get = (path: string, init?: RequestInit) => workerd!.get(path, init);
const post = (path: string, body?: unknown, cookie?: string) => workerd!.post(path, body, cookie);
const queryD1 = <Row>(sql: string) => workerd!.queryD1<Row>(sql);

describe('the API on workerd with D1', () => {
  it('reports the D1 database and the embedded search engine as healthy', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', db: 'ok', search: { engine: 'embedded', reachable: true } });
  });

  it('lists the nine programme municipalities from the migrated D1 database', async () => {
    const res = await get('/api/municipalities');
    expect(res.status).toBe(200);
    const { municipalities } = (await res.json()) as MunicipalityList;
    const bySlug = new Map(municipalities.map((m) => [m.slug, m]));
    for (const [slug, [country, currency]] of Object.entries(PROGRAMME_MUNICIPALITIES)) {
      expect(bySlug.get(slug), slug).toMatchObject({ country, currency });
    }
  });

  it('answers the municipality list with the same body as the Node app on SQLite', async () => {
    const services = createTestServices();
    try {
      const onNode = await createApp(services).request('/api/municipalities');
      const onWorkerd = await get('/api/municipalities');
      expect(await onWorkerd.json()).toEqual(await onNode.json());
    } finally {
      services.db.close();
    }
  });

  it('answers an unknown address with the 404 error envelope', async () => {
    const res = await get('/api/does-not-exist');
    expect(res.status).toBe(404);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe('NOT_FOUND');
  });

  it('refuses a POST to the municipality list with 405', async () => {
    const res = await get('/api/municipalities', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('searches the offers index on D1’s FTS5 (empty on a fresh database) and refuses an unknown offer with 404', async () => {
    const search = await get('/api/offers?q=cocinero&municipality=1');
    expect(search.status).toBe(200);
    expect(await search.json()).toMatchObject({ results: [], total: 0 });
    expect((await get('/api/offers/12345')).status).toBe(404);
  });

  it('registers, signs out and signs in again with a WASM argon2id hash stored in D1', async () => {
    const ana = { identifier: 'ana@example.org', password: 'mango-limon-2026' };
    const registered = await post('/api/auth/register', { ...ana, displayName: 'Ana', language: 'es', purposes: ['seeker'] });
    expect(registered.status, await registered.clone().text()).toBe(201);
    const first = sessionCookie(registered);
    // Plain http here, so no __Host- prefix and no Secure.
    const attributes = first.header.split(';').slice(1).map((a) => a.trim().toLowerCase());
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
    expect(attributes).not.toContain('secure');

    const me = await get('/api/me', { headers: { cookie: first.cookie } });
    expect(me.status).toBe(200);
    const { user } = (await me.json()) as { user: { displayName: string; roles: unknown[] } };
    expect(user.displayName).toBe('Ana');
    expect(user.roles).toEqual([{ role: 'seeker', municipalityId: null }]);

    // The same parameters as @node-rs/argon2 on Node, so the hash moves between hosts.
    const [stored] = await queryD1<{ password_hash: string }>("select password_hash from users where email = 'ana@example.org'");
    expect(stored?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    // Rate limits count the caller's address from CF-Connecting-IP (set by Cloudflare's
    // edge, and locally by wrangler), never the 'unknown' fallback.
    const limits = (await queryD1<{ key: string }>("select key from rate_limits where key like 'ip:%'")).map((r) => r.key);
    expect(limits.length).toBeGreaterThan(0);
    expect(limits.every((key) => key.startsWith('ip:127.0.0.1:'))).toBe(true);

    expect((await post('/api/auth/logout', undefined, first.cookie)).status).toBe(204);
    const afterLogout = await get('/api/me', { headers: { cookie: first.cookie } });
    expect(afterLogout.status).toBe(401);
    expect(((await afterLogout.json()) as ErrorEnvelope).error.code).toBe('UNAUTHENTICATED');

    const login = await post('/api/auth/login', ana);
    expect(login.status).toBe(200);
    expect(await login.json()).toEqual({ status: 'signed_in' });
    const second = sessionCookie(login);
    expect(second.cookie).not.toBe(first.cookie);
    expect((await get('/api/me', { headers: { cookie: second.cookie } })).status).toBe(200);

    const wrong = await post('/api/auth/login', { ...ana, password: 'mango-limon-2025' });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as ErrorEnvelope).error.code).toBe('UNAUTHENTICATED');
  });
});
