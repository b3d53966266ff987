// The matching benchmark's calls through the API: candidates for an offer (as a member of
// its organisation) and recommendations for a seeker (as the seeker), timed one after the
// other on the cached bench database. Shared by `npm run bench:matching` (which goes on to
// break them down) and `npm run bench` (which prints their p95 in its one table).
import { createSessionWrite, schema, type Database } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { eq } from 'drizzle-orm';
import { createApp } from '../../apps/api/src/app';
import { newToken, tokenHash } from '../../apps/api/src/auth/tokens';
import { createTestServices } from '../../apps/api/src/testing';
import { BENCH_NOW } from './matching-data';
import { sample } from './queries';
import { latencyOf, rssMb, type Latency } from './timing';

/** Times each call after a warm-up on other items; stops once `budgetMs` has been spent. */
export async function timeCalls<T>(warmup: readonly T[], items: readonly T[], run: (item: T) => Promise<unknown> | unknown, budgetMs: number): Promise<Latency> {
  for (const item of warmup) await run(item);
  const times: number[] = [];
  const start = performance.now();
  for (const item of items) {
    if (performance.now() - start > budgetMs) break;
    const t = performance.now();
    await run(item);
    times.push(performance.now() - t);
  }
  return latencyOf(times);
}

export interface MatchingCalls {
  db: Database;
  offerRows: { id: number; employer: number }[];
  seekerRows: { id: number }[];
  /** The sampled offers and seekers: the first `calls` are timed, the rest warm up. */
  offerSample: { id: number; employer: number }[];
  seekerSample: number[];
  tokens: Map<number, string>;
  candidates: Latency;
  recommendations: Latency;
  /** Eligible people per timed candidates call, and offers per timed recommendations call. */
  candidateTotals: number[];
  recommendationCounts: number[];
  /** RSS (MB, after GC) once the database was open and the sessions made. */
  afterSetup: number;
}

export async function matchingCalls(
  file: string,
  options: { calls: number; warmup: number; budgetMs: { candidates: number; recommendations: number }; say: (line: string) => void },
): Promise<MatchingCalls> {
  const { calls, warmup, say } = options;
  const db = openSqliteDatabase(file);
  // Each run starts from the same state: no exposures or sessions left by an earlier run.
  await db.atomic([db.orm.delete(schema.candidateExposures), db.orm.delete(schema.sessions)]);
  const services = createTestServices({ db, clock: { now: () => BENCH_NOW } });
  const app = createApp(services);

  // Who calls: the employer of each sampled offer's organisation, and sampled seekers.
  const offerRows = await db.orm.select({ id: schema.offers.id, employer: schema.organisationMembers.userId }).from(schema.offers)
    .innerJoin(schema.organisationMembers, eq(schema.organisationMembers.organisationId, schema.offers.organisationId)).where(eq(schema.offers.status, 'published'));
  const seekerRows = await db.orm.select({ id: schema.seekerProfiles.userId }).from(schema.seekerProfiles);
  const offerSample = sample(offerRows, calls + warmup, 11);
  const seekerSample = sample(seekerRows, calls + warmup, 12).map((r) => r.id);
  const tokens = new Map<number, string>();
  for (const userId of new Set([...offerSample.map((o) => o.employer), ...seekerSample])) tokens.set(userId, newToken());
  // Hashes first: a drizzle query is a thenable, so returning one from an async function would run it.
  const hashed = await Promise.all([...tokens].map(async ([userId, token]) => ({ userId, hash: await tokenHash(token) })));
  await db.atomic(hashed.map(({ userId, hash }) => createSessionWrite(db, { userId, tokenHash: hash, totpPending: false, userAgent: 'bench', now: BENCH_NOW })));
  const cookie = (userId: number) => `solidaria_session=${tokens.get(userId)}`;
  const afterSetup = rssMb();

  say(`(a) GET /api/offers/:id/candidates for ${calls} offers…`);
  const candidateTotals: number[] = [];
  const getCandidates = async (o: { id: number; employer: number }) => {
    const res = await app.request(`/api/offers/${o.id}/candidates`, { headers: { cookie: cookie(o.employer) } });
    if (res.status !== 200) throw new Error(`candidates of offer ${o.id}: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { total: number; candidates: unknown[] };
    candidateTotals.push(body.total);
  };
  const candidates = await timeCalls(offerSample.slice(calls), offerSample.slice(0, calls), getCandidates, options.budgetMs.candidates);

  say(`(b) GET /api/me/recommendations for ${calls} seekers…`);
  const recommendationCounts: number[] = [];
  const getRecommendations = async (userId: number) => {
    const res = await app.request('/api/me/recommendations', { headers: { cookie: cookie(userId) } });
    if (res.status !== 200) throw new Error(`recommendations of ${userId}: ${res.status} ${await res.text()}`);
    recommendationCounts.push(((await res.json()) as { recommendations: unknown[] }).recommendations.length);
  };
  const recommendations = await timeCalls(seekerSample.slice(calls), seekerSample.slice(0, calls), getRecommendations, options.budgetMs.recommendations);

  return {
    db, offerRows, seekerRows, offerSample, seekerSample, tokens, candidates, recommendations,
    candidateTotals: candidateTotals.slice(warmup), recommendationCounts: recommendationCounts.slice(warmup), afterSetup,
  };
}
