// The matching benchmark (`npm run bench:matching`): candidates for an offer and
// recommendations for a seeker through the whole API stack (in-process Hono), and score()
// alone, against the budgets of issue 7, on BENCH_PROFILES synthetic seekers (default
// 100,000) and BENCH_OFFERS published offers (default 20,000) built from ESCO occupations
// and their essential skills. Writes tests/bench/results-matching.md.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { score, type MatchResult } from '@solidaria/core';
import { loadOffers, loadProfiles } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { sql } from 'drizzle-orm';
import { matchContext } from '../../apps/api/src/matching/context';
import { seededRandom } from './corpus';
import { matchingCalls, timeCalls } from './matching-calls';
import { BENCH_NOW, benchDatabase, dbSizeMb } from './matching-data';
import { runProposals } from './matching-proposals';
import { sample } from './queries';
import { renderReport, renderSummary, ms, type MatchingResults, type Measure } from './matching-report';
import { candidatesSteps, recommendationsSteps, summarise, type StepTimes } from './matching-steps';
import { repoRoot } from './sources';
import { gc, latencyOf, rssMb, seconds } from './timing';

const PROFILES = Number(process.env.BENCH_PROFILES ?? 100_000);
const OFFERS = Number(process.env.BENCH_OFFERS ?? 20_000);
const CALLS = 200;
const WARMUP = 10;
const PAIRS = 10_000;
/** Per measure, how long it may run, so the whole run stays within a few minutes. */
const BUDGET_MS = { candidates: 60_000, recommendations: 60_000, score: 20_000, breakdown: 30_000, proposals: 90_000 };
const t0 = performance.now();
const say = (line: string) => process.stderr.write(`[${seconds(t0).toFixed(0).padStart(3)} s] ${line}\n`);

/** Reruns itself under `node --expose-gc --import tsx`, so RSS is measured after a full GC. */
function respawnWithGc(): boolean {
  if (gc || process.env.BENCH_CHILD) return false;
  const child = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=6144', '--import', 'tsx', fileURLToPath(import.meta.url)], {
    stdio: 'inherit', cwd: repoRoot, env: { ...process.env, BENCH_CHILD: '1' },
  });
  process.exitCode = child.status ?? 1;
  return true;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

async function main() {
  if (respawnWithGc()) return;
  const loadBefore = loadavg()[0] ?? 0;
  const bench = await benchDatabase(PROFILES, OFFERS, say);
  say(`database: ${bench.file} (${bench.cached ? 'cached' : `built in ${bench.buildSeconds.toFixed(0)} s`}); ${bench.taxonomy}`);
  const calls = await matchingCalls(bench.file, { calls: CALLS, warmup: WARMUP, budgetMs: BUDGET_MS, say });
  const { db, offerRows, seekerRows, offerSample, seekerSample, tokens, candidates, recommendations, afterSetup } = calls;
  const candidateTotalsTimed = calls.candidateTotals;
  const recommendationCounts = calls.recommendationCounts;

  // (c) score() alone, on random pairs, with a context built beforehand for every offer involved.
  say(`(c) score() on ${PAIRS.toLocaleString('en-US')} random pairs…`);
  const scoreProfiles = await loadProfiles(db, sample(seekerRows, 2_000, 13).map((r) => r.id));
  const scoreOffers = await loadOffers(db, sample(offerRows, 1_000, 14).map((r) => r.id));
  const context = await matchContext(db, {
    today: BENCH_NOW.toISOString().slice(0, 10), now: BENCH_NOW,
  });
  const pairRng = seededRandom(15);
  const pairs = Array.from({ length: PAIRS + 1_000 }, () => [scoreProfiles[Math.floor(pairRng() * scoreProfiles.length)]!, scoreOffers[Math.floor(pairRng() * scoreOffers.length)]!] as const);
  let eligible = 0;
  const results: MatchResult[] = [];
  const scoring = await timeCalls(pairs.slice(PAIRS), pairs.slice(0, PAIRS), ([p, o]) => {
    const r = score(p, o, context);
    if (r.eligible) eligible++;
    results.push(r);
  }, BUDGET_MS.score);
  const eligibleTimed = results.slice(1_000).filter((r) => r.eligible).length;
  const afterMeasures = rssMb();

  say('where the time goes…');
  const candidateRuns: StepTimes[] = [];
  const breakdownStart = performance.now();
  for (const o of offerSample.slice(0, candidates.n)) {
    if (performance.now() - breakdownStart > BUDGET_MS.breakdown) break;
    candidateRuns.push(await candidatesSteps(db, tokens.get(o.employer)!, o.id, BENCH_NOW));
  }
  const recommendationRuns: StepTimes[] = [];
  const breakdownStart2 = performance.now();
  for (const userId of seekerSample.slice(0, recommendations.n)) {
    if (performance.now() - breakdownStart2 > BUDGET_MS.breakdown) break;
    recommendationRuns.push(await recommendationsSteps(db, tokens.get(userId)!, BENCH_NOW));
  }
  const candidateBreakdown = summarise(candidateRuns);
  const recommendationBreakdown = summarise(recommendationRuns);

  say('proposals…');
  const proposals = await runProposals(db, {
    offers: offerSample.slice(0, candidateRuns.length).map((o) => ({ id: o.id, token: tokens.get(o.employer)! })),
    seekers: seekerSample.slice(0, recommendationRuns.length).map((id) => tokens.get(id)!),
    now: BENCH_NOW,
    budgetMs: BUDGET_MS.proposals,
  });
  const afterAll = rssMb();
  const sqliteVersion = (await db.orm.all<{ v: string }>(sql`SELECT sqlite_version() AS v`))[0]?.v;
  const sizeMb = dbSizeMb(bench.file);
  db.close();

  const retrievedC = candidateBreakdown.counts['retrieved (distinct people)']?.mean ?? NaN;
  const scoredC = candidateBreakdown.counts['scored']?.mean ?? NaN;
  const retrievedR = recommendationBreakdown.counts['retrieved (distinct offers)']?.mean ?? NaN;
  const scoredR = recommendationBreakdown.counts['scored']?.mean ?? NaN;
  const measures: Measure[] = [
    { name: '(a) `GET /api/offers/:id/candidates`, as a member of the offer’s verified organisation', latency: candidates, planned: CALLS, budgetP95: 50,
      note: `${Math.round(retrievedC)} people retrieved, ${Math.round(scoredC)} scored, ${Math.round(mean(candidateTotalsTimed))} eligible (total), 20 returned` },
    { name: '(b) `GET /api/me/recommendations`, as the seeker', latency: recommendations, planned: CALLS, budgetP95: 50,
      note: `${Math.round(retrievedR)} offers retrieved, ${Math.round(scoredR)} scored, ${mean(recommendationCounts).toFixed(1)} returned` },
    { name: '(c) `score()` in-process, one random (profile, offer) pair, context prebuilt', latency: scoring, planned: PAIRS, budgetP95: 5,
      note: `${((100 * eligibleTimed) / Math.max(1, scoring.n)).toFixed(0)} % of pairs eligible; ${scoreProfiles.length} profiles × ${scoreOffers.length} offers` },
  ];
  const cpu = cpus();
  const loadAfter = loadavg()[0] ?? 0;
  const counts = await countsOf(bench.file);
  const result: MatchingResults = {
    header: [
      '# Matching benchmark',
      '',
      `- date: ${new Date().toISOString()}`,
      `- machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${platform()} ${release()}`,
      `- load average (1 min) ${loadBefore.toFixed(1)} at start, ${loadAfter.toFixed(1)} at the end${Math.max(loadBefore, loadAfter) > cpu.length ? ' (above the core count: other work shared the cores)' : ''}`,
      `- Node ${process.version}, SQLite ${sqliteVersion}; RSS ${gc ? 'after a full GC (--expose-gc)' : 'without a forced GC'}`,
      `- taxonomy: ${bench.taxonomy}`,
      `- data: ${counts}; seeded, built ${bench.cached ? 'earlier and cached' : `in ${bench.buildSeconds.toFixed(0)} s`} at ${bench.file}`,
      '- profiles: 1–2 desired occupations (drawn 1/(rank+10)^0.9 over a seeded order: a few common occupations, a long tail), 5–15 skills (80 % from those occupations’ essential skills), random levels, '
        + 'one of 15 municipalities, 80 % anonymous / 15 % visible / 5 % hidden, adults, varied work authorisations (some permits expired), 0–3 jobs; offers: the same occupation draw, 3–10 of its essential skills (60 % required), '
        + '10 offers per verified organisation, 8 % remote, 10 % asking English B1',
      `- calls: ${WARMUP} warm-up calls on other items, then up to ${CALLS} (each measure stops at its time budget); the API is called in-process (\`createApp(services).request\`, every middleware included) `
        + 'with session cookies made directly in the sessions table; the clock is fixed at ' + BENCH_NOW.toISOString() + ', exposures and sessions of earlier runs are deleted first',
      `- whole run: ${seconds(t0).toFixed(0)} s. Run: \`npm run bench:matching\` (BENCH_PROFILES=10000 BENCH_OFFERS=2000 for a quick run)`,
    ],
    measures,
    facts: [
      ['RSS after setup (database open, sessions made; after GC)', `${Math.round(afterSetup)} MB`],
      ['RSS after the three measures (after GC)', `${Math.round(afterMeasures)} MB`],
      ['RSS at the end (after GC)', `${Math.round(afterAll)} MB`],
      ['database file size', `${sizeMb.toFixed(1)} MB`],
      ['load average (1 min), start → end', `${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)} on ${cpu.length} cores`],
    ],
    breakdowns: [
      { title: '(a) Candidates for an offer', breakdown: candidateBreakdown, endToEnd: latencyOf(candidates.times.slice(0, candidateRuns.length)) },
      { title: '(b) Recommendations for a seeker', breakdown: recommendationBreakdown, endToEnd: latencyOf(recommendations.times.slice(0, recommendationRuns.length)) },
    ],
    proposals: proposals.proposals,
    conclusions: proposals.conclusions,
  };
  writeFileSync(join(repoRoot, 'tests/bench/results-matching.md'), renderReport(result));
  console.log(renderReport(result));
  say(`written to tests/bench/results-matching.md in ${seconds(t0).toFixed(0)} s (${ms(candidates.p95)} / ${ms(recommendations.p95)} / ${ms(scoring.p95)} at p95)`);
}

async function countsOf(file: string): Promise<string> {
  const db = openSqliteDatabase(file);
  const n = async (table: string) => ((await db.orm.all<{ n: number }>(sql.raw(`select count(*) as n from ${table}`)))[0]?.n ?? 0).toLocaleString('en-US');
  const line = `${await n('seeker_profiles')} profiles (${await n('profile_skills')} skills, ${await n('profile_occupations')} desired occupations, ${await n('work_history')} jobs), `
    + `${await n('offers')} published offers (${await n('offer_skills')} skills) of ${await n('organisations')} verified organisations`;
  db.close();
  return line;
}

await main();
