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

beforeAll(async () => {
  persistDir = mkdtempSync(join(tmpdir(), 'solidaria-workerd-'));
  await promisify(execFile)(
    wranglerBin,
    ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistDir, '--config', join(root, 'wrangler.toml')],
    { cwd: root, env: quietEnv, timeout: 60_000 },
  );
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

describe('the API on workerd with D1', () => {
  it('reports the D1 database and the embedded search engine as healthy', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', db: 'ok', search: { engine: 'embedded' } });
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
});
