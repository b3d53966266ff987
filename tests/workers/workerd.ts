// The real API on workerd (the Workers runtime) with a local D1 database, started by
// wrangler from the repository's wrangler.toml and migrated with the same `wrangler d1
// migrations apply` a deployment runs (here with --local instead of --remote).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'vitest';
import { unstable_startWorker } from 'wrangler';

const root = resolve(import.meta.dirname, '../..');
const wranglerBin = join(root, 'node_modules/.bin/wrangler');
// Offline and unattended: no metrics, no prompts, and no banner (printing it asks the
// npm registry whether a newer wrangler exists).
const quietEnv = { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true', CI: 'true', NO_COLOR: '1' };

export const SESSION_COOKIE = 'solidaria_session';

export interface Workerd {
  get(path: string, init?: RequestInit): Promise<Response>;
  post(path: string, body?: unknown, cookie?: string): Promise<Response>;
  /** Reads what the API stored, with wrangler's own D1 command on the worker's database. */
  queryD1<Row>(sql: string): Promise<Row[]>;
  dispose(): Promise<void>;
}

/** Starts the worker on a fresh, migrated local D1 database; `vars` are its secrets and variables. */
export async function startWorkerd(vars: Record<string, string> = {}): Promise<Workerd> {
  const persistDir = mkdtempSync(join(tmpdir(), 'solidaria-workerd-'));
  // wrangler's D1 commands share the worker's persist directory.
  const wranglerD1 = (args: string[]) =>
    promisify(execFile)(wranglerBin, ['d1', ...args, 'DB', '--local', '--persist-to', persistDir, '--config', join(root, 'wrangler.toml')], {
      cwd: root, env: quietEnv, timeout: 60_000,
    });
  await wranglerD1(['migrations', 'apply']);
  const worker = await unstable_startWorker({
    config: join(root, 'wrangler.toml'),
    sendMetrics: false,
    bindings: Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, { type: 'secret_text' as const, value }])),
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
  const baseUrl = await worker.url;
  const get = (path: string, init?: RequestInit) => fetch(new URL(path, baseUrl), init);
  // The first request builds the app and the search tables; wrangler retries a GET if
  // the worker restarts meanwhile, a POST it would not.
  expect((await get('/api/health')).status).toBe(200);
  return {
    get,
    post: (path, body, cookie) =>
      get(path, {
        method: 'POST',
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(cookie ? { cookie } : {}) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    async queryD1<Row>(sql: string) {
      const { stdout } = await wranglerD1(['execute', '--json', '--command', sql]);
      return (JSON.parse(stdout) as { results: Row[] }[])[0]!.results;
    },
    async dispose() {
      await worker.dispose();
      rmSync(persistDir, { recursive: true, force: true });
    },
  };
}

/** The session Set-Cookie of a response, with its value as a Cookie header would send it. */
export function sessionCookie(res: Response): { header: string; cookie: string } {
  const header = res.headers.getSetCookie().find((h) => h.startsWith(`${SESSION_COOKIE}=`));
  expect(header, 'a solidaria_session Set-Cookie').toBeDefined();
  return { header: header!, cookie: header!.split(';')[0]! };
}
