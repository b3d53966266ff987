// Where a matching request's time goes: the handlers of GET /api/offers/:id/candidates and
// GET /api/me/recommendations copied step by step (same repository calls, same queries as
// packages/db/src/matching/retrieval.ts, split into its sub-queries) with a timer around
// each step. The copy must follow apps/api/src/matching/*.ts; it does not change them.
import { isOfferedToEmployers, profileViewFor, type Offer, type Profile } from '@solidaria/core';
import {
  contactOf, exposureCounts, findMunicipality, findOrganisation, findSessionByTokenHash, isOrganisationMember, listGrants, listMunicipalities,
  loadOffer, loadOffers, loadProfile, loadProfiles, recordExposuresWrite, schema, sharedContactsAmong, type Database,
} from '@solidaria/db';
import { and, desc, eq, gte, inArray, ne, or, sql } from 'drizzle-orm';
import { tokenHash } from '../../apps/api/src/auth/tokens';
import { matchContext } from '../../apps/api/src/matching/context';
import { rank } from '../../apps/api/src/matching/rank';
import { todayIn } from '../../apps/api/src/offers/views';
import { latencyOf, type Latency } from './timing';

const { offerSkills, offers, organisations, profileOccupations, profileSkills, seekerProfiles, occupations } = schema;
// The constants of apps/api/src/matching/candidates.ts and recommendations.ts.
const CANDIDATES_RETRIEVED = 500;
const OFFERS_RETRIEVED = 300;
const TOP = 10;
const WEEK_MS = 7 * 86_400_000;

/** Milliseconds per named step of one request, and the counts it handled. */
export interface StepTimes {
  steps: Record<string, number>;
  counts: Record<string, number>;
  /** The ids shown first (candidates), to compare rankings. */
  top?: number[];
}

export interface StepBreakdown {
  requests: number;
  steps: Record<string, Latency>;
  counts: Record<string, { mean: number; max: number }>;
  total: Latency;
}

class Stopwatch {
  readonly steps: Record<string, number> = {};
  readonly counts: Record<string, number> = {};
  top?: number[];
  async time<T>(step: string, run: () => Promise<T> | T): Promise<T> {
    const t = performance.now();
    const out = await run();
    this.steps[step] = (this.steps[step] ?? 0) + performance.now() - t;
    return out;
  }
  count(name: string, n: number) {
    this.counts[name] = n;
  }
}

export function summarise(runs: StepTimes[]): StepBreakdown {
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.steps)))];
  const countNames = [...new Set(runs.flatMap((r) => Object.keys(r.counts)))];
  return {
    requests: runs.length,
    steps: Object.fromEntries(names.map((n) => [n, latencyOf(runs.map((r) => r.steps[n] ?? 0))])),
    counts: Object.fromEntries(countNames.map((n) => {
      const values = runs.map((r) => r.counts[n] ?? 0);
      return [n, { mean: values.reduce((s, v) => s + v, 0) / Math.max(1, values.length), max: Math.max(...values) }];
    })),
    total: latencyOf(runs.map((r) => Object.values(r.steps).reduce((s, v) => s + v, 0))),
  };
}

async function sameUnitGroup(db: Database, occupationId: number): Promise<number[]> {
  const rows = await db.orm.select({ id: occupations.id }).from(occupations).where(eq(occupations.iscoCode, sql`(select isco_code from occupations where id = ${occupationId})`));
  return rows.map((r) => r.id);
}

const findable = ne(seekerProfiles.visibility, 'hidden');

/** candidateIdsForOffer, one timer per query. */
async function candidateIds(db: Database, w: Stopwatch, offer: { skillIds: readonly number[]; occupationId: number | null; municipalityId: number }, limit: number) {
  const ids = new Set<number>();
  if (offer.skillIds.length) {
    const rows = await w.time('retrieval: profiles by skill overlap (group by, order by count)', () => db.orm
      .select({ userId: profileSkills.userId, n: sql<number>`count(*)`.as('n') })
      .from(profileSkills)
      .innerJoin(seekerProfiles, eq(seekerProfiles.userId, profileSkills.userId))
      .where(and(inArray(profileSkills.skillId, [...offer.skillIds]), findable))
      .groupBy(profileSkills.userId)
      .orderBy(desc(sql`n`))
      .limit(limit));
    w.count('people retrieved by skill', rows.length);
    for (const r of rows) ids.add(r.userId);
  }
  if (offer.occupationId !== null) {
    const group = await w.time('retrieval: same unit group occupations', () => sameUnitGroup(db, offer.occupationId!));
    const rows = await w.time('retrieval: profiles by occupation', () => db.orm
      .select({ userId: profileOccupations.userId })
      .from(profileOccupations)
      .innerJoin(seekerProfiles, eq(seekerProfiles.userId, profileOccupations.userId))
      .where(and(inArray(profileOccupations.occupationId, group), findable))
      .limit(limit));
    w.count('people retrieved by occupation', rows.length);
    for (const r of rows) ids.add(r.userId);
  }
  if (ids.size === 0) {
    const rows = await w.time('retrieval: profiles in the municipality', () => db.orm.select({ userId: seekerProfiles.userId }).from(seekerProfiles).where(and(eq(seekerProfiles.municipalityId, offer.municipalityId), findable)).limit(limit));
    for (const r of rows) ids.add(r.userId);
  }
  return [...ids];
}

/** The candidates route, step by step: what the middleware and the handler do for one request. */
export async function candidatesSteps(db: Database, token: string, offerId: number, now: Date, exposureLimit = 20, page = 1, perPage = 20): Promise<StepTimes> {
  const w = new Stopwatch();
  const found = await w.time('session: token → user and grants', async () => {
    const f = await findSessionByTokenHash(db, await tokenHash(token));
    return f && { user: f.user, grants: await listGrants(db, f.user.id) };
  });
  if (!found) throw new Error('no session');
  const { offer, organisation } = await w.time('offer, organisation, membership', async () => {
    const offer = (await loadOffer(db, offerId))!;
    const organisation = (await findOrganisation(db, offer.organisationId))!;
    await isOrganisationMember(db, organisation.id, found.user.id);
    return { offer, organisation };
  });
  const municipality = await w.time('municipality (time zone)', () => findMunicipality(db, offer.municipalityId));
  const ids = await candidateIds(db, w, { skillIds: offer.skills.map((s) => s.skillId), occupationId: offer.occupationId, municipalityId: offer.municipalityId }, CANDIDATES_RETRIEVED);
  w.count('retrieved (distinct people)', ids.length);
  const profiles = await w.time('load profiles (5 queries per 500)', async () => (await loadProfiles(db, ids)).filter((p) => isOfferedToEmployers(p, now)));
  w.count('scored', profiles.length);
  const context = await w.time('match context', () => matchContext(db, {
    today: todayIn(municipality?.timeZone ?? 'America/Costa_Rica', now), now,
  }));
  const ranked = await w.time('score and sort (rank)', () => rank(profiles, (p) => [p, offer], context, false));
  w.count('eligible', ranked.length);
  const shown = await w.time('exposure counts', () => exposureCounts(db, offer.occupationId, offer.id, new Date(now.getTime() - WEEK_MS), ranked.slice(0, 200).map((r) => r.item.userId)));
  const ordered = [...ranked.filter((r) => (shown.get(r.item.userId) ?? 0) < exposureLimit), ...ranked.filter((r) => (shown.get(r.item.userId) ?? 0) >= exposureLimit)];
  const slice = ordered.slice((page - 1) * perPage, page * perPage);
  w.top = slice.map((r) => r.item.userId);
  await w.time('record exposures (1 write transaction)', async () => {
    const write = recordExposuresWrite(db, offer.id, offer.occupationId, slice.slice(0, TOP).map((r) => r.item.userId), now);
    if (write) await db.atomic([write]);
  });
  const shared = await w.time(`shared contacts (1 query per person: ${perPage})`, () => sharedContactsAmong(db, organisation.id, slice.map((r) => r.item.userId)));
  const body = await w.time('views and contacts', async () => {
    const candidates = [];
    for (const { item: profile, match } of slice) {
      const contactShared = shared.has(profile.userId);
      const view = profileViewFor(profile, { kind: 'employer', verified: true, contactShared }, now);
      if (!view) continue;
      const contact = contactShared ? ((await contactOf(db, profile.userId)) ?? null) : null;
      candidates.push({ view, contact, score: match.score, reasons: match.reasons.map(({ code, positive, text }) => ({ code, positive, text })), missingSkills: match.missingSkills });
    }
    return { total: ordered.length, candidates };
  });
  const json = await w.time('JSON body', () => JSON.stringify(body));
  w.count('response bytes', json.length);
  return w;
}

const publicOffer = (today: string) =>
  and(eq(offers.status, 'published'), eq(offers.hiddenByReports, false), gte(offers.closesOn, today), eq(organisations.verification, 'verified'));

/** offerIdsForProfile, one timer per query. */
async function offerIds(db: Database, w: Stopwatch, profile: { skillIds: readonly number[]; occupationIds: readonly number[]; municipalityId: number }, today: string, limit: number) {
  const ids = new Set<number>();
  if (profile.skillIds.length) {
    const rows = await w.time('retrieval: offers by skill overlap (group by, order by count)', () => db.orm
      .select({ offerId: offerSkills.offerId, n: sql<number>`count(*)`.as('n') })
      .from(offerSkills)
      .innerJoin(offers, eq(offers.id, offerSkills.offerId))
      .innerJoin(organisations, eq(organisations.id, offers.organisationId))
      .where(and(inArray(offerSkills.skillId, [...profile.skillIds].slice(0, 200)), publicOffer(today)))
      .groupBy(offerSkills.offerId)
      .orderBy(desc(sql`n`))
      .limit(limit));
    w.count('offers retrieved by skill', rows.length);
    for (const r of rows) ids.add(r.offerId);
  }
  const wanted = (await w.time('retrieval: same unit group occupations (1 query each)', () => Promise.all(profile.occupationIds.map((id) => sameUnitGroup(db, id))))).flat();
  const rows = await w.time('retrieval: offers of those occupations, the place or remote, newest first', () => db.orm
    .select({ id: offers.id })
    .from(offers)
    .innerJoin(organisations, eq(organisations.id, offers.organisationId))
    .where(and(publicOffer(today), or(wanted.length ? inArray(offers.occupationId, wanted) : sql`0`, eq(offers.municipalityId, profile.municipalityId), eq(offers.remote, true))))
    .orderBy(desc(offers.publishedAt))
    .limit(limit));
  w.count('offers retrieved by occupation / place', rows.length);
  for (const r of rows) ids.add(r.id);
  return [...ids];
}

/** The recommendations route, step by step. */
export async function recommendationsSteps(db: Database, token: string, now: Date, limit = 20): Promise<StepTimes> {
  const w = new Stopwatch();
  const found = await w.time('session: token → user and grants', async () => {
    const f = await findSessionByTokenHash(db, await tokenHash(token));
    return f && { user: f.user, grants: await listGrants(db, f.user.id) };
  });
  if (!found) throw new Error('no session');
  const profile = (await w.time('load own profile', () => loadProfile(db, found.user.id))) as Profile;
  const home = await w.time('municipality (time zone)', () => findMunicipality(db, profile.municipalityId));
  const today = todayIn(home?.timeZone ?? 'America/Costa_Rica', now);
  const skillIds = profile.skills.flatMap((s) => ('skillId' in s ? [s.skillId] : []));
  const occupationIds = [...profile.desiredOccupationIds, ...profile.workHistory.flatMap((x) => (x.occupationId ? [x.occupationId] : []))];
  const ids = await offerIds(db, w, { skillIds, occupationIds, municipalityId: profile.municipalityId }, today, OFFERS_RETRIEVED);
  w.count('retrieved (distinct offers)', ids.length);
  const list: Offer[] = await w.time('load offers (2 queries per 500)', () => loadOffers(db, ids));
  w.count('scored', list.length);
  const context = await w.time('match context', () => matchContext(db, {
    today, now,
  }));
  const ranked = await w.time('score and sort (rank)', () => rank(list, (o) => [profile, o], context, true).slice(0, limit));
  const names = await w.time('organisation names', async () => {
    const organisationIds = [...new Set(ranked.map((r) => r.item.organisationId))];
    return new Map(organisationIds.length ? (await db.orm.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, organisationIds))).map((o) => [o.id, o.name]) : []);
  });
  const places = await w.time('municipality names', async () => new Map((await listMunicipalities(db)).map((m) => [m.id, m.name])));
  const body = await w.time('views', () => ranked.map(({ item: offer, match }) => ({
    offer: {
      id: offer.id, title: offer.title, organisation: { id: offer.organisationId, name: names.get(offer.organisationId) ?? '' },
      municipality: { id: offer.municipalityId, name: places.get(offer.municipalityId) ?? '' }, remote: offer.remote,
      salary: offer.salary, currency: offer.currency, contractType: offer.contractType, workingTime: offer.workingTime, closesOn: offer.closesOn,
    },
    score: match.score, reasons: match.reasons.map(({ code, positive, text }) => ({ code, positive, text })), missingSkills: match.missingSkills,
  })));
  const json = await w.time('JSON body', () => JSON.stringify({ recommendations: body }));
  w.count('response bytes', json.length);
  return w;
}
