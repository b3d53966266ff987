// The real API on workerd (the Workers runtime) with a local D1 database, started by
// wrangler from the repository's wrangler.toml and migrated with the same `wrangler d1
// migrations apply` a deployment runs (here with --local instead of --remote).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unstable_startWorker } from 'wrangler';
import { createApp } from '../../apps/api/src/app';
import type { ErrorEnvelope } from '../../apps/api/src/errors';
import { createTestServices } from '../../apps/api/src/testing';
import { PROGRAMME_MUNICIPALITIES } from '../fixtures/programme-municipalities';

const root = resolve(import.meta.dirname, '../..');
const wranglerBin = join(root, 'node_modules/.bin/wrangler');
// Offline and unattended: no metrics, no prompts, and no banner (printing it asks the
// npm registry whether a newer wrangler exists).
const quietEnv = { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true', CI: 'true', NO_COLOR: '1' };

type Worker = Awaited<ReturnType<typeof unstable_startWorker>>;
type MunicipalityList = { municipalities: { slug: string; country: string; currency: string }[] };

let persistDir: string;
let worker: Worker | undefined;
let baseUrl: URL;

// wrangler's own D1 commands on the database the worker uses: the migrate step, and
// reading what the API stored. Both share the worker's persist directory.
const wranglerD1 = (args: string[]) =>
  promisify(execFile)(
    wranglerBin,
    ['d1', ...args, 'DB', '--local', '--persist-to', persistDir, '--config', join(root, 'wrangler.toml')],
    { cwd: root, env: quietEnv, timeout: 60_000 },
  );

async function queryD1<Row>(sql: string): Promise<Row[]> {
  const { stdout } = await wranglerD1(['execute', '--json', '--command', sql]);
  return (JSON.parse(stdout) as { results: Row[] }[])[0]!.results;
}

beforeAll(async () => {
  persistDir = mkdtempSync(join(tmpdir(), 'solidaria-workerd-'));
  await wranglerD1(['migrations', 'apply']);
  worker = await unstable_startWorker({
    config: join(root, 'wrangler.toml'),
    sendMetrics: false,
    dev: {
      persist: persistDir,
      remote: false,
      watch: false,
      inspector: false,
      server: { hostname: '127.0.0.1', port: 0 },
      logLevel: 'error',
    },
  });
  await worker.ready;
  baseUrl = await worker.url;
});

afterAll(async () => {
  await worker?.dispose();
  if (persistDir) rmSync(persistDir, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(new URL(path, baseUrl), init);
const post = (path: string, body?: unknown, cookie?: string) =>
  get(path, {
    method: 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(cookie ? { cookie } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

const SESSION_COOKIE = 'solidaria_session';

/** The session Set-Cookie of a response, with its value as a Cookie header would send it. */
function sessionCookie(res: Response): { header: string; cookie: string } {
  const header = res.headers.getSetCookie().find((h) => h.startsWith(`${SESSION_COOKIE}=`));
  expect(header, 'a solidaria_session Set-Cookie').toBeDefined();
  return { header: header!, cookie: header!.split(';')[0]! };
}

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
