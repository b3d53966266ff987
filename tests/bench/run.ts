// `npm run bench`: the one benchmark command of issue 10. It generates (or reads from the
// temp folder's cache) the 100,000-offer search corpus and the 100,000-profile matching
// database, then measures and prints one table — search p50/p95/p99 (as you type and
// full), typo expansion cost, indexing documents/s, matching p95 both ways, API
// throughput and p99 under autocannon on loopback against the real server process, RSS
// and database sizes — each beside a peer (MiniSearch or a bare Hono app) where one
// exists, as a ratio. The table, and the search part's details, go to tests/bench/results.md.
//
// Options (after `--`):
//   --quick                 20,000 offers for search, 10,000 profiles and 2,000 offers for
//                           matching, a quarter of the time budgets, fewer API requests
//                           (about 2 minutes instead of about 8)
//   --only=search,matching,api   run only these parts
// Environment: BENCH_OFFERS (search corpus size), BENCH_PROFILES and BENCH_MATCHING_OFFERS
// (matching database), BENCH_DATA_DIR (../shared/data), BENCH_ESCO_DIR (../shared/esco),
// BENCH_TAXONOMY_DB (a database with the full ESCO import, for the relevance rates).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runApiBench, type ApiBench } from './api-bench';
import { DEFAULT_OFFERS, loadCorpus } from './corpus';
import { matchingCalls } from './matching-calls';
import { benchDatabase } from './matching-data';
import { buildQuerySets, sample } from './queries';
import { renderDetails, renderSummary } from './report';
import { runSearchBench, type SearchBench } from './search-bench';
import { repoRoot } from './sources';
import { renderTable, type MatchingSummary } from './summary';
import { gc, seconds } from './timing';

const t0 = performance.now();
const say = (line: string) => process.stderr.write(`[${seconds(t0).toFixed(0).padStart(3)} s] ${line}\n`);
const PARTS = ['search', 'matching', 'api'] as const;

/** Reruns itself under `node --expose-gc --import tsx`, so RSS is measured after a full GC. */
function respawnWithGc(): boolean {
  if (gc || process.env.BENCH_CHILD) return false;
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=6144', '--import', 'tsx', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: repoRoot,
    env: { ...process.env, BENCH_CHILD: '1' },
  });
  process.exitCode = child.status ?? 1;
  return true;
}

/** The API part's descriptions and queries when the search part did not run. */
function corpusForApi(n: number): Pick<SearchBench, 'descriptions' | 'queries'> | null {
  const loaded = loadCorpus(n);
  if (!loaded.ok) return null;
  return { descriptions: loaded.corpus.offers.slice(0, 20_000).map((o) => o.description), queries: sample(buildQuerySets(loaded.corpus.sources).full, 200, 21) };
}

async function main() {
  if (respawnWithGc()) return;
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
  const quick = values.quick ?? false;
  const only = new Set(values.only ? values.only.split(',').map((p) => p.trim()) : PARTS);
  const unknown = [...only].filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`--only takes ${PARTS.join(', ')}; not ${unknown.join(', ')}`);
  const loadBefore = loadavg()[0] ?? 0;
  const offersN = Number(process.env.BENCH_OFFERS ?? (quick ? 20_000 : DEFAULT_OFFERS));
  const profilesN = Number(process.env.BENCH_PROFILES ?? (quick ? 10_000 : 100_000));
  const matchingOffersN = Number(process.env.BENCH_MATCHING_OFFERS ?? (quick ? 2_000 : 20_000));
  const notes: string[] = [];

  // The matching database first: its ESCO import also serves the search part's relevance rates.
  const bench = only.has('matching') || only.has('api') ? await benchDatabase(profilesN, matchingOffersN, say) : null;
  if (bench) {
    notes.push(`matching database: ${profilesN.toLocaleString('en-US')} profiles, ${matchingOffersN.toLocaleString('en-US')} offers; ${bench.taxonomy}; `
      + `${bench.cached ? 'cached' : `built in ${bench.buildSeconds.toFixed(0)} s`} at ${bench.file}`);
  }

  let search: SearchBench | null = null;
  if (only.has('search')) {
    say(`search: ${offersN.toLocaleString('en-US')} offers…`);
    const ran = await runSearchBench({ n: offersN, quick, say, ...(bench?.taxonomy.startsWith('ESCO') ? { taxonomyDb: bench.file } : {}) });
    if (typeof ran === 'string') notes.push(ran);
    else search = ran;
  }

  let matching: MatchingSummary | null = null;
  const matchingFile = bench?.file ?? null;
  if (bench) {
    if (only.has('matching')) {
      const budget = quick ? 10_000 : 30_000;
      const calls = await matchingCalls(bench.file, { calls: quick ? 50 : 200, warmup: 10, budgetMs: { candidates: budget, recommendations: budget }, say });
      calls.db.close();
      matching = { candidates: calls.candidates, recommendations: calls.recommendations, profiles: profilesN, offers: matchingOffersN };
    }
  }

  let api: ApiBench | null = null;
  if (only.has('api') && matchingFile) {
    const corpus = search ?? corpusForApi(offersN);
    if (!corpus) notes.push('API part skipped: the search corpus (../shared/data) was not found.');
    else {
      try {
        api = await runApiBench({ matchingFile, descriptions: corpus.descriptions, queries: corpus.queries, quick, say });
      } catch (error) {
        // The other parts' figures are still worth writing.
        notes.push(`API part failed: ${(error as Error).message.split('\n').slice(0, 6).join(' ').slice(0, 600)}`);
      }
    }
  }

  const cpu = cpus();
  const loadAfter = loadavg()[0] ?? 0;
  const header = [
    '# Benchmarks (`npm run bench`)',
    '',
    `- date: ${new Date().toISOString()}; whole run ${seconds(t0).toFixed(0)} s${quick ? ' (--quick)' : ''}${values.only ? ` (--only=${values.only})` : ''}`,
    `- machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${platform()} ${release()}, Node ${process.version}`,
    `- load average (1 min) ${loadBefore.toFixed(1)} at start, ${loadAfter.toFixed(1)} at the end`
      + `${Math.max(loadBefore, loadAfter) > cpu.length ? ' (above the core count: other work shared the cores, so the figures are pessimistic)' : ''}`,
    ...notes.map((n) => `- ${n}`),
    ...(api ? [`- API: the server compiled as \`npm start\` runs it (DEMO=false, LOG_LEVEL=warn) on a copy of the matching database whose ${api.offers.toLocaleString('en-US')} offers got `
      + 'descriptions from the search corpus; search requests cycle through 200 sampled titles and ESCO labels; autocannon stops at the request count or the time limit, whichever comes first'] : []),
    '- options: `npm run bench -- --quick` (about a quarter of the work), `--only=search,matching,api`; sizes by BENCH_OFFERS, BENCH_PROFILES, BENCH_MATCHING_OFFERS',
  ];
  const table = renderTable({ search: search?.results ?? null, matching, api });
  const details = search
    ? ['', '## Search in detail', '', ...search.results.header.slice(2), '', renderSummary(search.results), '', '### Where the time goes', '', renderDetails(search.results)]
    : [];
  writeFileSync(join(repoRoot, 'tests/bench/results.md'), [...header, '', table, ...details, ''].join('\n'));
  console.log([...header, '', table].join('\n'));
  say(`written to tests/bench/results.md in ${seconds(t0).toFixed(0)} s`);
}

await main();
