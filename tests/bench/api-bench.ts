// The API part of `npm run bench`: the real server process (compiled, as `npm start` runs
// it) on a copy of the matching benchmark's database, loaded on loopback with autocannon,
// beside a bare Hono app with MiniSearch over the same offers (peer-server.ts).
//
// The copy gets real descriptions (from the search corpus, the matching database's are
// placeholders) and its offers and profiles indexes rebuilt through `reindex()`, the
// path `npm run search:reindex` takes, which is timed.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openSqliteDatabase } from '@solidaria/db/node';
import { createEmbeddedSearch, INDEXES, reindex } from '@solidaria/search';
import { buildWebIfStale, webBuildOutput } from '../../scripts/web-build';
import { freePort, startServer } from '../resilience/server-process';
import { loadPaths, type LoadOptions, type LoadResult } from './http-load';
import { repoRoot } from './sources';
import { seconds } from './timing';

export interface ReindexResult {
  index: string;
  documents: number;
  seconds: number;
  docsPerSecond: number;
}

export interface ApiTarget {
  name: string;
  /** The first path, as an example. */
  example: string;
  ours: LoadResult;
  peer: LoadResult | null;
  options: LoadOptions;
}

export interface ApiBench {
  reindex: ReindexResult[];
  targets: ApiTarget[];
  /** Resident memory of the server process (MB): once serving, and after the load. */
  serverRss: { start: number; end: number };
  peerRss: number | null;
  dbSizeMb: number;
  offers: number;
}

type Load = { connections: number; amount: number; maxSeconds: number };
export const API_LOAD = {
  full: { health: { connections: 10, amount: 20_000, maxSeconds: 15 }, offers: { connections: 10, amount: 2_000, maxSeconds: 20 }, jobs: { connections: 10, amount: 1_000, maxSeconds: 20 } },
  quick: { health: { connections: 10, amount: 3_000, maxSeconds: 5 }, offers: { connections: 10, amount: 300, maxSeconds: 8 }, jobs: { connections: 10, amount: 200, maxSeconds: 8 } },
} satisfies Record<string, Record<'health' | 'offers' | 'jobs', Load>>;

const mb = (bytes: number) => bytes / 1e6;

/** Gives the copy's offers real descriptions, then rebuilds the offers and profiles indexes, timed. */
async function prepare(file: string, descriptions: readonly string[]): Promise<{ reindex: ReindexResult[]; offers: number }> {
  const db = openSqliteDatabase(file);
  const ids = (await db.orm.all<{ id: number }>(sql`SELECT id FROM offers ORDER BY id`)).map((r) => r.id);
  const client = (db.orm as unknown as { $client: { prepare(s: string): { run(...p: unknown[]): unknown }; transaction(f: () => void): () => void } }).$client;
  const update = client.prepare('UPDATE offers SET description = ? WHERE id = ?');
  client.transaction(() => ids.forEach((id, i) => update.run(descriptions[i % descriptions.length], id)))();
  const engine = createEmbeddedSearch(db, INDEXES);
  await engine.applySettings();
  const out: ReindexResult[] = [];
  for (const index of ['offers', 'profiles']) {
    const started = performance.now();
    const documents = await reindex(db, engine, index);
    const s = seconds(started);
    out.push({ index, documents, seconds: s, docsPerSecond: documents / s });
  }
  await db.orm.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
  db.close();
  return { reindex: out, offers: ids.length };
}

async function loadAll(url: string, paths: Record<'health' | 'offers' | 'jobs', string[]>, load: Record<'health' | 'offers' | 'jobs', Load>) {
  // A short warm-up of each target, one request after the other.
  for (const list of Object.values(paths)) for (const path of list.slice(0, 20)) await fetch(url + path).then((r) => r.arrayBuffer());
  return {
    health: await loadPaths(url, paths.health, load.health),
    offers: await loadPaths(url, paths.offers, load.offers),
    jobs: await loadPaths(url, paths.jobs, load.jobs),
  };
}

/** Starts the peer in its own process; resolves once it listens. */
async function startPeer(file: string, port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./peer-server.ts', import.meta.url)), file, String(port)], {
    cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('ready')) resolve();
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`the peer server exited (${code}): ${output}`)));
  });
  const rss = () => Number(readFileSync(`/proc/${child.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024;
  const stop = () => new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  return { url: `http://127.0.0.1:${port}`, rss, stop };
}

export async function runApiBench(options: {
  matchingFile: string;
  descriptions: readonly string[];
  queries: readonly string[];
  quick: boolean;
  say: (line: string) => void;
}): Promise<ApiBench> {
  const { say } = options;
  const load = options.quick ? API_LOAD.quick : API_LOAD.full;
  const dir = mkdtempSync(join(tmpdir(), 'solidaria-bench-api-'));
  try {
    const file = join(dir, 'solidaria.db');
    copyFileSync(options.matchingFile, file);
    say('API: real descriptions, then the offers and profiles indexes rebuilt (reindex)…');
    const prepared = await prepare(file, options.descriptions);
    const dbSizeMb = mb(statSync(file).size);
    const q = options.queries.map((text) => encodeURIComponent(text));
    const paths = { health: ['/api/health'], offers: q.map((text) => `/api/offers?q=${text}`), jobs: q.map((text) => `/jobs?q=${text}`) };

    // The server renders the job search page from the web build, as `npm start` does; an
    // existing build is used as it is (others may be testing against it).
    if (!existsSync(webBuildOutput)) buildWebIfStale(say);
    say('API: the server (compiled, DEMO=false) under load…');
    const server = await startServer(dir, await freePort(), { DEMO: 'false' });
    let ours: Awaited<ReturnType<typeof loadAll>>;
    let serverRss: ApiBench['serverRss'];
    try {
      const start = mb(server.rssBytes());
      ours = await loadAll(server.url, paths, load);
      serverRss = { start, end: mb(server.rssBytes()) };
    } finally {
      await server.stop();
    }

    say('API: the bare Hono + MiniSearch peer under the same load…');
    let peer: Awaited<ReturnType<typeof loadAll>> | null = null;
    let peerRss: number | null = null;
    try {
      const p = await startPeer(file, await freePort());
      try {
        peer = await loadAll(p.url, paths, load);
        peerRss = mb(p.rss());
      } finally {
        await p.stop();
      }
    } catch (error) {
      say(`  the peer failed: ${(error as Error).message.slice(0, 300)}`);
    }
    const target = (name: string, key: 'health' | 'offers' | 'jobs'): ApiTarget =>
      ({ name, example: paths[key][0] as string, ours: ours[key], peer: peer?.[key] ?? null, options: load[key] });
    return {
      reindex: prepared.reindex,
      offers: prepared.offers,
      targets: [target('GET /api/health', 'health'), target('GET /api/offers?q=', 'offers'), target('job search page GET /jobs?q=', 'jobs')],
      serverRss,
      peerRss,
      dbSizeMb,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
