// A fresh process that opens the bench's database and serves queries from its index, as
// the app's server would, and reports its memory. run.ts runs it twice:
//   node --expose-gc --import tsx tests/bench/serve-probe.ts <db file> <queries.json>
// (TypeScript compiled on the fly, as in development), and the same
// file bundled to plain JavaScript by esbuild and run by node alone, as a compiled
// server would run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
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

export interface ProbeQueries {
  full: string[];
  asYouType: string[];
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
  const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as ProbeQueries;
  for (const q of queries.full) await engine.search(benchOffersIndex.name, { q, perPage: 20, highlight: true });
  for (const q of queries.asYouType) await engine.search(benchOffersIndex.name, { q, perPage: 10, asYouType: true });
  const served = rss();
  const { heapUsed, external } = process.memoryUsage();
  db.close();
  return { start, open, served, heapUsed: heapUsed / 1e6, external: external / 1e6 };
}

const lastLine = (child: ReturnType<typeof spawnSync>) => {
  const line = String(child.stdout).trim().split('\n').at(-1);
  return child.status === 0 && line ? (JSON.parse(line) as ProbeMemory) : null;
};

/** Runs the probe in its own process under tsx and returns what it measured. */
export function probeServingMemory(dbFile: string, queriesFile: string): ProbeMemory | null {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), dbFile, queriesFile], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, BENCH_PROBE: '1' },
  });
  return lastLine(child);
}

/**
 * The same probe bundled to one JavaScript file (better-sqlite3, a native module, stays
 * outside) and run by plain node. The bundle sits in `dir` beside links to node_modules
 * and to the migrations, which the database module finds next to itself.
 */
export async function probeCompiledServingMemory(dir: string, dbFile: string, queriesFile: string): Promise<ProbeMemory | string> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild'); // brought by tsx; not a dependency of its own
  } catch {
    return 'esbuild not found';
  }
  const out = join(dir, 'compiled', 'probe', 'serve-probe.mjs');
  mkdirSync(join(dir, 'compiled', 'probe'), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'compiled', 'node_modules'));
  symlinkSync(join(repoRoot, 'packages/db/migrations'), join(dir, 'compiled', 'migrations'));
  await esbuild.build({
    entryPoints: [fileURLToPath(import.meta.url)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    outfile: out,
    logLevel: 'silent',
    // Bundled CommonJS modules may call require().
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const child = spawnSync(process.execPath, ['--expose-gc', out, dbFile, queriesFile], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, BENCH_PROBE: '1' },
  });
  return lastLine(child) ?? `failed: ${String(child.stderr).trim().split('\n').slice(-3).join(' ')}`;
}

if (process.env.BENCH_PROBE && process.argv[2] && process.argv[3]) {
  console.log(JSON.stringify(await probe(process.argv[2], process.argv[3])));
}
