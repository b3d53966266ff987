// The search part of `npm run bench`: the embedded engine on a corpus of N real job
// postings (default 100,000), beside MiniSearch, against the budgets of the search issue.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openSqliteDatabase } from '@solidaria/db/node';
import { createEmbeddedSearch, type SearchQuery } from '@solidaria/search';
import { loadCorpus } from './corpus';
import { breakDown, byLastWordLength } from './diagnose';
import { breakDownIndexing } from './diagnose-indexing';
import { asYouTypeAllFieldsQuery, asYouTypeQuery, fullQuery, indexDocuments } from './embedded';
import { runMiniSearch } from './minisearch';
import { benchOffersIndex, type BenchOffer } from './offers-index';
import { buildQuerySets, sample } from './queries';
import { postingsRelevance, taxonomyRelevance } from './relevance';
import type { BenchResults } from './report';
import { probeCompiledServingMemory, probeServingMemory, type ProbeQueries } from './serve-probe';
import { gc, rssMb, seconds, timePairs, timeQueries } from './timing';

// Per query set, how long each engine may spend, so the search part stays near 4 minutes
// (a quarter of it with --quick).
const FULL_BUDGET_MS = { asYouType: 30_000, allFields: 15_000, full: 20_000, typo: 24_000, breakdown: 7_000 };
const FULL_MINI_BUDGET_MS = { asYouType: 15_000, titleFields: 10_000, full: 10_000, typo: 10_000 };
const scaled = <T extends Record<string, number>>(budgets: T, by: number) =>
  Object.fromEntries(Object.entries(budgets).map(([k, v]) => [k, v * by])) as T;

export interface SearchBench {
  results: BenchResults;
  /** Descriptions of the corpus (the first 20,000), for the API part's offers. */
  descriptions: string[];
  /** A sample of the full queries, for the API part's search requests. */
  queries: string[];
}

export async function runSearchBench(options: {
  n: number;
  quick: boolean;
  /** A database with the full ESCO import, for the taxonomy's relevance rates. */
  taxonomyDb?: string;
  say: (line: string) => void;
}): Promise<SearchBench | string> {
  const { n, say } = options;
  const started = performance.now();
  const BUDGET_MS = options.quick ? scaled(FULL_BUDGET_MS, 0.25) : FULL_BUDGET_MS;
  const MINI_BUDGET_MS = options.quick ? scaled(FULL_MINI_BUDGET_MS, 0.25) : FULL_MINI_BUDGET_MS;
  const loadBefore = loadavg()[0] ?? 0;
  const baseline = rssMb();
  const loaded = loadCorpus(n);
  if (!loaded.ok) return `${loaded.message}\nSkipping the search benchmark (set BENCH_DATA_DIR to point elsewhere).`;
  const { sources, cached } = loaded.corpus;
  let offers: BenchOffer[] = loaded.corpus.offers;
  loaded.corpus.offers = [];
  const distinctDescriptions = new Set(offers.map((o) => o.description)).size;
  const descriptions = offers.slice(0, 20_000).map((o) => o.description);
  const sets = buildQuerySets(sources);
  say(`corpus: ${n} offers (${cached ? 'cached' : 'generated'}), ${distinctDescriptions} distinct descriptions`);

  const dir = mkdtempSync(join(tmpdir(), 'solidaria-bench-'));
  const dbFile = join(dir, 'bench.db');
  const db = openSqliteDatabase(dbFile);
  const engine = createEmbeddedSearch(db, [benchOffersIndex]);
  await engine.applySettings();
  say('indexing (embedded)…');
  const indexing = await indexDocuments(db, engine, benchOffersIndex.name, offers, 5_000);
  say(`  ${Math.round(indexing.docsPerSecond)} docs/s`);
  await db.orm.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
  const dbSizeMb = statSync(dbFile).size / 1e6;
  say('indexing, by part…');
  const indexingParts = await breakDownIndexing(dir, offers);
  offers = [];
  const afterIndexing = rssMb();
  const sqliteVersion = (await db.orm.all<{ v: string }>(sql`SELECT sqlite_version() AS v`))[0]?.v;

  const search = (query: SearchQuery) => engine.search(benchOffersIndex.name, query);
  say('query sets (embedded)…');
  const asYouType = await timeQueries(sets.asYouType, (q) => search(asYouTypeQuery(q)), { budgetMs: BUDGET_MS.asYouType });
  const allFields = await timeQueries(sets.asYouType, (q) => search(asYouTypeAllFieldsQuery(q)), { budgetMs: BUDGET_MS.allFields });
  const full = await timeQueries(sets.full, (q) => search(fullQuery(q)), { budgetMs: BUDGET_MS.full });
  const typo = await timePairs(sets.typoPairs, (q) => search(fullQuery(q)), BUDGET_MS.typo);
  const afterQueries = rssMb();
  const queriesFile = join(dir, 'probe-queries.json');
  const probeQueries: ProbeQueries = { full: sample(sets.full, 30, 12), asYouType: sample(sets.asYouType, 30, 11) };
  writeFileSync(queriesFile, JSON.stringify(probeQueries));
  say('memory of a serving process (tsx, then compiled)…');
  const probe = probeServingMemory(dbFile, queriesFile);
  const compiledProbe = await probeCompiledServingMemory(dir, dbFile, queriesFile);
  say('where the time goes…');
  const ran = sets.asYouType.slice(0, asYouType.n);
  const breakdowns = [
    { title: '(a) As you type (title-like fields)', breakdown: await breakDown(db, benchOffersIndex, sample(ran, 300, 9), asYouTypeQuery, BUDGET_MS.breakdown) },
    { title: "(a') The same words over all fields", breakdown: await breakDown(db, benchOffersIndex, sample(ran, 300, 9), asYouTypeAllFieldsQuery, BUDGET_MS.breakdown) },
    { title: '(b) Full query + snippets', breakdown: await breakDown(db, benchOffersIndex, sample(sets.full, 100, 10), fullQuery, BUDGET_MS.breakdown) },
  ];
  say('relevance…');
  const taxonomy = await taxonomyRelevance(db, options.taxonomyDb);
  const postings = await postingsRelevance(db, sources.postings);
  db.close();
  rmSync(dir, { recursive: true, force: true });

  say('MiniSearch…');
  const mini = await runMiniSearch(
    () => {
      const again = loadCorpus(n); // from the cache written above
      return again.ok ? again.corpus.offers : [];
    },
    {
      asYouType: sets.asYouType.slice(0, allFields.n),
      asYouTypeOnTitleFields: ran,
      full: sets.full.slice(0, full.n),
      typoPairs: sets.typoPairs.slice(0, typo.exact.n),
    },
    MINI_BUDGET_MS,
  );

  const cpu = cpus();
  const results: BenchResults = {
    header: [
      '# Search benchmark',
      '',
      `- date: ${new Date().toISOString()}`,
      `- machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${platform()} ${release()}`,
      `- load average (1 min) ${loadBefore.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end`
        + `${Math.max(loadBefore, loadavg()[0] ?? 0) > cpu.length ? ' (above the core count: other work shared the cores)' : ''}`,
      `- Node ${process.version}, SQLite ${sqliteVersion}; RSS measured ${gc ? 'after a full GC (--expose-gc)' : 'without a forced GC'}`,
      `- corpus: N = ${n.toLocaleString('en-US')} offers from ../shared/data (titles typed in Mexico 2018/2020, EURES 2025 descriptions and ESCO labels), `
        + `${distinctDescriptions.toLocaleString('en-US')} distinct descriptions; seeded, cached in ${tmpdir()}`,
      `- queries: (a) ${sets.typedTitles.length} titles typed letter by letter = ${sets.asYouType.length} prefixes, perPage 10; `
        + `(b) ${sets.full.length} titles and ESCO labels, perPage 20, highlight (description as a snippet); (c) ${sets.typoPairs.length} of them with one typo; `
        + `each set stops at its time budget (${BUDGET_MS.asYouType / 1000}/${BUDGET_MS.allFields / 1000}/${BUDGET_MS.full / 1000}/${BUDGET_MS.typo / 1000} s); MiniSearch runs the same queries`,
      '- engine layout: the title-like fields (title, occupation) in a contentless FTS5 table with prefix indexes; every searchable field in a '
        + 'contentless FTS5 table without them; the documents in a table. As-you-type queries (`asYouType: true`) search the first table only; '
        + 'full queries rank tier by tier (all words in the title-like fields, then anywhere, then the same through typos), bm25 within a tier '
        + 'over at most its 2,000 newest matches',
      `- relevance (d): ${taxonomy.source}; (e): ${postings.labels} ESCO labels over ${postings.postings} EURES postings`,
      `- search part: ${seconds(started).toFixed(0)} s`,
    ],
    indexing: { ours: indexing, mini: mini.indexing },
    rss: { baseline, afterIndexing, afterQueries, mini: mini.rssMb, probe, compiledProbe },
    dbSizeMb,
    asYouType: { ours: asYouType, mini: mini.asYouTypeOnTitleFields, planned: sets.asYouType.length },
    allFields: { ours: allFields, mini: mini.asYouType, planned: sets.asYouType.length },
    byLastWordAllFields: byLastWordLength(sets.asYouType.slice(0, allFields.n), allFields.times),
    full: { ours: full, mini: mini.full, planned: sets.full.length },
    typo: {
      typo: { ours: typo.typo, mini: mini.typo.typo, planned: sets.typoPairs.length },
      exact: { ours: typo.exact, mini: mini.typo.exact, planned: sets.typoPairs.length },
    },
    taxonomy,
    postings,
    byLastWord: byLastWordLength(ran, asYouType.times),
    breakdowns,
    indexingParts,
  };
  return { results, descriptions, queries: sample(sets.full, 200, 21) };
}
