// A fresh process that opens the bench's database and serves queries from its index, as
// the app's server would, and reports its memory: run by run.ts with
//   node --expose-gc --import tsx tests/bench/serve-probe.ts <db file> <queries.json>
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openSqliteDatabase } from '@solidaria/db/node';
import { createEmbeddedSearch } from '@solidaria/search';
import { benchOffersIndex } from './offers-index';
import { repoRoot } from './sources';

export interface ProbeMemory {
  /** RSS in MB: at start, with the index open, after serving the queries (each after a GC). */
  start: number;
  open: number;
  served: number;
  heapUsed: number;
  external: number;
}

const rss = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss / 1e6;
};

async function probe(dbFile: string, queriesFile: string): Promise<ProbeMemory> {
  const start = rss();
  const db = openSqliteDatabase(dbFile);
  const engine = createEmbeddedSearch(db, [benchOffersIndex]);
  await engine.applySettings(); // as the app does at start; a no-op on the bench's database
  await engine.search(benchOffersIndex.name, { q: 'cocinero', perPage: 10 });
  const open = rss();
  for (const q of JSON.parse(readFileSync(queriesFile, 'utf8')) as string[]) {
    await engine.search(benchOffersIndex.name, { q, perPage: 20, highlight: true });
  }
  const served = rss();
  const { heapUsed, external } = process.memoryUsage();
  db.close();
  return { start, open, served, heapUsed: heapUsed / 1e6, external: external / 1e6 };
}

/** Runs the probe in its own process and returns what it measured. */
export function probeServingMemory(dbFile: string, queriesFile: string): ProbeMemory | null {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), dbFile, queriesFile], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, BENCH_PROBE: '1' },
  });
  const line = child.stdout.trim().split('\n').at(-1);
  return child.status === 0 && line ? (JSON.parse(line) as ProbeMemory) : null;
}

if (process.env.BENCH_PROBE && process.argv[2] && process.argv[3]) {
  console.log(JSON.stringify(await probe(process.argv[2], process.argv[3])));
}
