// Proposed changes to apps/api/src/matching/*.ts and packages/db/src/matching/retrieval.ts,
// measured on copies of the handlers here (the app code is not changed by the bench). Each
// request is run as the app does it now (matching-steps.ts) and as proposed, alternately,
// on the same offers and seekers; one covering index is created for the run and dropped after.
import { isOfferedToEmployers, profileViewFor, type MatchContext, type MatchOffer, type MatchProfile, areNeighbourSlugs } from '@solidaria/core';
import { findMunicipality, findSessionByTokenHash, listGrants, listMunicipalities, loadOffer, loadOffers, loadProfiles, findOrganisation, isOrganisationMember, recordExposuresWrite, exposureCounts, schema, type Database, loadProfile } from '@solidaria/db';
import { inArray, sql } from 'drizzle-orm';
import { tokenHash } from '../../apps/api/src/auth/tokens';
import { rank } from '../../apps/api/src/matching/rank';
import { todayIn } from '../../apps/api/src/offers/views';
import type { Proposal } from './matching-report';
import { candidatesSteps, recommendationsSteps, summarise, type StepTimes } from './matching-steps';
import { latencyOf, type Latency } from './timing';

export interface ProposalInputs {
  /** Offer id → the token of a member of its organisation. */
  offers: { id: number; token: string }[];
  seekers: string[];
  now: Date;
  budgetMs: number;
}

const WEEK_MS = 7 * 86_400_000;
const COVERING_INDEX = 'bench_profile_skills_skill_user';

/** Times named steps of one request. */
class Watch {
  readonly steps: Record<string, number> = {};
  readonly counts: Record<string, number> = {};
  async time<T>(step: string, run: () => Promise<T> | T): Promise<T> {
    const t = performance.now();
    const out = await run();
    this.steps[step] = (this.steps[step] ?? 0) + performance.now() - t;
    return out;
  }
}

// --- leaner building blocks ------------------------------------------------------------

/** What scoring reads of many profiles, in one query (JSON-aggregated lists, ids as one JSON parameter: no 500-id chunks). */
async function loadMatchProfiles(db: Database, ids: readonly number[]): Promise<MatchProfile[]> {
  type Row = { userId: number; birthDate: string; visibility: MatchProfile['visibility']; municipalityId: number; availability: string; workAuthorization: MatchProfile['workAuthorization']; expires: string | null; skills: string; occupations: string; languages: string; history: string };
  const rows = await db.orm.all<Row>(sql`
    select p.user_id as userId, p.birth_date as birthDate, p.visibility, p.municipality_id as municipalityId, p.availability,
      p.work_authorization as workAuthorization, p.work_authorization_expires_on as expires,
      (select json_group_array(json_array(s.skill_id, s.level)) from profile_skills s where s.user_id = p.user_id and s.skill_id is not null) as skills,
      (select json_group_array(o.occupation_id) from profile_occupations o where o.user_id = p.user_id) as occupations,
      (select json_group_array(json_array(l.code, l.level)) from profile_languages l where l.user_id = p.user_id) as languages,
      (select json_group_array(json_array(w.occupation_id, w.months, w.formal)) from work_history w where w.user_id = p.user_id order by w.position) as history
    from seeker_profiles p where p.user_id in (select value from json_each(${JSON.stringify(ids)}))`);
  return rows.map((r) => {
    const availability = JSON.parse(r.availability) as MatchProfile['availability'];
    return {
      userId: r.userId, birthDate: r.birthDate, visibility: r.visibility, municipalityId: r.municipalityId,
      availability: { ...availability, willingToRelocate: availability.willingToRelocate ?? false },
      workAuthorization: r.workAuthorization, workAuthorizationExpiresOn: r.expires,
      skills: (JSON.parse(r.skills) as [number, MatchProfile['skills'][number]['level']][]).map(([skillId, level]) => ({ skillId, level })),
      desiredOccupationIds: JSON.parse(r.occupations) as number[],
      languages: (JSON.parse(r.languages) as [string, MatchProfile['languages'][number]['level']][]).map(([code, level]) => ({ code, level })),
      workHistory: (JSON.parse(r.history) as [number | null, number, number][]).map(([occupationId, months, formal]) => ({ title: '', employer: '', occupationId, months, formal: formal === 1 })),
    };
  });
}

/** What scoring reads of many offers, in one query. */
async function loadMatchOffers(db: Database, ids: readonly number[]): Promise<(MatchOffer & { organisationId: number })[]> {
  type Row = { id: number; organisationId: number; occupationId: number | null; municipalityId: number; remote: number; workingTime: MatchOffer['workingTime']; days: string; shifts: string; accepted: string; adolescents: number; languages: string; closesOn: string; skills: string };
  const rows = await db.orm.all<Row>(sql`
    select o.id, o.organisation_id as organisationId, o.occupation_id as occupationId, o.municipality_id as municipalityId, o.remote, o.working_time as workingTime,
      o.days, o.shifts, o.accepted_authorizations as accepted, o.suitable_for_adolescents as adolescents, o.languages, o.closes_on as closesOn,
      (select json_group_array(json_array(k.skill_id, k.level, k.required)) from offer_skills k where k.offer_id = o.id) as skills
    from offers o where o.id in (select value from json_each(${JSON.stringify(ids)}))`);
  return rows.map((r) => ({
    id: r.id, organisationId: r.organisationId, occupationId: r.occupationId, municipalityId: r.municipalityId, remote: r.remote === 1, workingTime: r.workingTime,
    days: JSON.parse(r.days), shifts: JSON.parse(r.shifts), acceptedAuthorizations: JSON.parse(r.accepted), suitableForAdolescents: r.adolescents === 1,
    languages: JSON.parse(r.languages), closesOn: r.closesOn,
    skills: (JSON.parse(r.skills) as [number, MatchOffer['skills'][number]['level'], number][]).map(([skillId, level, required]) => ({ skillId, level, required: required === 1 })),
  }));
}

/** The whole taxonomy scoring reads (ISCO codes, occupation → skills, skill labels), read once and kept, as context.ts already does for ISCO codes. */
const taxonomyCache = new WeakMap<Database, { codes: Map<number, string>; skillsOf: Map<number, Set<number>>; labels: Map<number, { es: string; en: string }>; places: Awaited<ReturnType<typeof listMunicipalities>> }>();
async function cachedTaxonomy(db: Database) {
  const cached = taxonomyCache.get(db);
  if (cached) return cached;
  const codes = new Map((await db.orm.select({ id: schema.occupations.id, code: schema.occupations.iscoCode }).from(schema.occupations)).map((r) => [r.id, r.code]));
  const skillsOf = new Map<number, Set<number>>();
  for (const r of await db.orm.select({ o: schema.occupationSkills.occupationId, s: schema.occupationSkills.skillId }).from(schema.occupationSkills)) {
    let set = skillsOf.get(r.o);
    if (!set) skillsOf.set(r.o, (set = new Set()));
    set.add(r.s);
  }
  const labels = new Map((await db.orm.select({ id: schema.skills.id, es: schema.skills.labelEs, en: schema.skills.labelEn }).from(schema.skills)).map((l) => [l.id, { es: l.es, en: l.en }]));
  const value = { codes, skillsOf, labels, places: await listMunicipalities(db) };
  taxonomyCache.set(db, value);
  return value;
}

async function cachedContext(db: Database, today: string): Promise<MatchContext> {
  const t = await cachedTaxonomy(db);
  const places = new Map(t.places.map((m) => [m.id, m]));
  const none: ReadonlySet<number> = new Set();
  return {
    today,
    iscoCodeOf: (id) => t.codes.get(id),
    skillsOfOccupation: (id) => t.skillsOf.get(id) ?? none,
    areNeighbours: (a, b) => {
      const [x, y] = [places.get(a), places.get(b)];
      return Boolean(x && y && areNeighbourSlugs(x.slug, y.slug));
    },
    municipalityName: (id) => places.get(id)?.name ?? '',
    skillLabel: (id, lang) => t.labels.get(id)?.[lang] ?? '',
  };
}

async function sameUnitGroup(db: Database, occupationId: number): Promise<number[]> {
  return (await db.orm.all<{ id: number }>(sql`select id from occupations where isco_code = (select isco_code from occupations where id = ${occupationId})`)).map((r) => r.id);
}

// --- candidates, as proposed -----------------------------------------------------------

interface CandidateOptions { bySkill: number; byOccupation: number }

/** The candidates handler with the proposed changes; returns its steps and the top 20 ids. */
async function candidatesProposed(db: Database, token: string, offerId: number, now: Date, o: CandidateOptions): Promise<{ times: StepTimes; top: number[] }> {
  const w = new Watch();
  const found = await w.time('session', async () => {
    const f = await findSessionByTokenHash(db, await tokenHash(token));
    return f && { user: f.user, grants: await listGrants(db, f.user.id) };
  });
  const { offer, organisation } = await w.time('offer, organisation, membership', async () => {
    const offer = (await loadOffer(db, offerId))!;
    const organisation = (await findOrganisation(db, offer.organisationId))!;
    await isOrganisationMember(db, organisation.id, found!.user.id);
    return { offer, organisation };
  });
  const municipality = await w.time('municipality', () => findMunicipality(db, offer.municipalityId));
  const skillIds = offer.skills.map((s) => s.skillId);
  const ids = new Set<number>();
  // Covering index (skill_id, user_id), no join: hidden people are dropped after loading, as minors already are.
  for (const r of await w.time('retrieval by skill', () => db.orm.all<{ userId: number }>(sql`
    select user_id as userId, count(*) as n from profile_skills where skill_id in (select value from json_each(${JSON.stringify(skillIds)}))
    group by user_id order by n desc limit ${o.bySkill}`))) ids.add(r.userId);
  if (offer.occupationId !== null) {
    const group = await w.time('retrieval by occupation', () => sameUnitGroup(db, offer.occupationId!));
    for (const r of await w.time('retrieval by occupation', () => db.orm.all<{ userId: number }>(sql`
      select user_id as userId from profile_occupations where occupation_id in (select value from json_each(${JSON.stringify(group)})) limit ${o.byOccupation}`))) ids.add(r.userId);
  }
  const profiles = await w.time('load profiles (lean, one query)', async () => (await loadMatchProfiles(db, [...ids])).filter((p) => isOfferedToEmployers(p, now)));
  w.counts.scored = profiles.length;
  const context = await w.time('match context (cached taxonomy)', () => cachedContext(db, todayIn(municipality?.timeZone ?? 'America/Costa_Rica', now)));
  const ranked = await w.time('score and sort', () => rank(profiles, (p) => [p, offer], context, false));
  const shown = await w.time('exposure counts', () => exposureCounts(db, offer.occupationId, offer.id, new Date(now.getTime() - WEEK_MS), ranked.slice(0, 200).map((r) => r.item.userId)));
  const ordered = [...ranked.filter((r) => (shown.get(r.item.userId) ?? 0) < 20), ...ranked.filter((r) => (shown.get(r.item.userId) ?? 0) >= 20)];
  const slice = ordered.slice(0, 20);
  await w.time('record exposures', async () => {
    const write = recordExposuresWrite(db, offer.id, offer.occupationId, slice.slice(0, 10).map((r) => r.item.userId), now);
    if (write) await db.atomic([write]);
  });
  const shared = await w.time('shared contacts (one query)', async () => new Set((await db.orm.select({ userId: schema.contactRequests.userId }).from(schema.contactRequests)
    .where(sql`${schema.contactRequests.organisationId} = ${organisation.id} and ${schema.contactRequests.state} = 'accepted' and ${inArray(schema.contactRequests.userId, slice.map((r) => r.item.userId))}`)).map((r) => r.userId)));
  await w.time('load the page’s 20 whole profiles, views, JSON', async () => {
    const whole = new Map((await loadProfiles(db, slice.map((r) => r.item.userId))).map((p) => [p.userId, p]));
    const candidates = slice.flatMap(({ item, match }) => {
      const view = profileViewFor(whole.get(item.userId)!, { kind: 'employer', verified: true, contactShared: shared.has(item.userId) }, now);
      return view ? [{ view, contact: null, score: match.score, reasons: match.reasons.map(({ code, positive, text }) => ({ code, positive, text })), missingSkills: match.missingSkills }] : [];
    });
    return JSON.stringify({ total: ordered.length, candidates });
  });
  return { times: w, top: slice.map((r) => r.item.userId) };
}

// --- recommendations, as proposed ------------------------------------------------------

async function recommendationsProposed(db: Database, token: string, now: Date): Promise<StepTimes> {
  const w = new Watch();
  const found = await w.time('session', async () => {
    const f = await findSessionByTokenHash(db, await tokenHash(token));
    return f && { user: f.user, grants: await listGrants(db, f.user.id) };
  });
  const profile = (await w.time('own profile, municipality', () => loadProfile(db, found!.user.id)))!;
  const home = await w.time('own profile, municipality', () => findMunicipality(db, profile.municipalityId));
  const today = todayIn(home?.timeZone ?? 'America/Costa_Rica', now);
  const skillIds = profile.skills.flatMap((s) => ('skillId' in s ? [s.skillId] : []));
  const occupationIds = [...profile.desiredOccupationIds, ...profile.workHistory.flatMap((x) => (x.occupationId ? [x.occupationId] : []))];
  const ids = new Set<number>();
  // `+o.status`: keeps SQLite from walking every published offer through offers_status and probing each for the skills; it starts from offer_skills_skill instead.
  for (const r of await w.time('retrieval by skill (plan from the skill index)', () => db.orm.all<{ id: number }>(sql`
    select k.offer_id as id, count(*) as n from offer_skills k join offers o on o.id = k.offer_id join organisations g on g.id = o.organisation_id
    where k.skill_id in (select value from json_each(${JSON.stringify(skillIds.slice(0, 200))})) and +o.status = 'published' and o.hidden_by_reports = 0 and o.closes_on >= ${today} and g.verification = 'verified'
    group by k.offer_id order by n desc limit 300`))) ids.add(r.id);
  const wanted = (await w.time('retrieval by occupation, place, remote', () => Promise.all(occupationIds.map((id) => sameUnitGroup(db, id))))).flat();
  for (const r of await w.time('retrieval by occupation, place, remote', () => db.orm.all<{ id: number }>(sql`
    select o.id from offers o join organisations g on g.id = o.organisation_id
    where o.status = 'published' and o.hidden_by_reports = 0 and o.closes_on >= ${today} and g.verification = 'verified'
      and (o.occupation_id in (select value from json_each(${JSON.stringify(wanted)})) or o.municipality_id = ${profile.municipalityId} or o.remote = 1)
    order by o.published_at desc limit 300`))) ids.add(r.id);
  w.counts.scored = ids.size;
  const list = await w.time('load offers (lean, one query)', () => loadMatchOffers(db, [...ids]));
  const context = await w.time('match context (cached taxonomy)', () => cachedContext(db, today));
  const ranked = await w.time('score and sort', () => rank(list, (o) => [profile, o], context, true).slice(0, 20));
  await w.time('the 20 whole offers, names, views, JSON', async () => {
    const whole = new Map((await loadOffers(db, ranked.map((r) => r.item.id))).map((o) => [o.id, o]));
    const organisationIds = [...new Set(ranked.map((r) => r.item.organisationId))];
    const names = new Map(organisationIds.length ? (await db.orm.select({ id: schema.organisations.id, name: schema.organisations.name }).from(schema.organisations).where(inArray(schema.organisations.id, organisationIds))).map((x) => [x.id, x.name]) : []);
    const places = new Map((await cachedTaxonomy(db)).places.map((m) => [m.id, m.name]));
    return JSON.stringify({ recommendations: ranked.map(({ item, match }) => {
      const offer = whole.get(item.id)!;
      return {
        offer: { id: offer.id, title: offer.title, organisation: { id: offer.organisationId, name: names.get(offer.organisationId) ?? '' }, municipality: { id: offer.municipalityId, name: places.get(offer.municipalityId) ?? '' },
          remote: offer.remote, salary: offer.salary, currency: offer.currency, contractType: offer.contractType, workingTime: offer.workingTime, closesOn: offer.closesOn },
        score: match.score, reasons: match.reasons.map(({ code, positive, text }) => ({ code, positive, text })), missingSkills: match.missingSkills,
      };
    }) });
  });
  return w;
}

// --- the comparison --------------------------------------------------------------------

const stepOf = (runs: StepTimes[], ...names: string[]): Latency => latencyOf(runs.map((r) => names.reduce((s, n) => s + (r.steps[n] ?? 0), 0)));
const totalOf = (runs: StepTimes[]): Latency => latencyOf(runs.map((r) => Object.values(r.steps).reduce((s, v) => s + v, 0)));
const fmt = (l: Latency) => `${l.p50.toFixed(1)} / ${l.p95.toFixed(1)} ms`;

export async function runProposals(db: Database, inputs: ProposalInputs): Promise<{ proposals: Proposal[]; conclusions: string[] }> {
  const started = performance.now();
  await db.orm.run(sql.raw(`create index if not exists ${COVERING_INDEX} on profile_skills (skill_id, user_id)`));
  const indexMs = performance.now() - started;
  try {
    await cachedTaxonomy(db);
    const before: StepTimes[] = [], after: StepTimes[] = [], smaller: StepTimes[] = [];
    let same20 = 0, same20Smaller = 0, sameFirst10 = 0;
    const half = inputs.budgetMs / 2;
    for (const { id, token } of inputs.offers) {
      if (performance.now() - started > half) break;
      const now = await candidatesSteps(db, token, id, inputs.now);
      before.push(now);
      const full = await candidatesProposed(db, token, id, inputs.now, { bySkill: 500, byOccupation: 500 });
      const small = await candidatesProposed(db, token, id, inputs.now, { bySkill: 200, byOccupation: 100 });
      after.push(full.times);
      smaller.push(small.times);
      const current = now.top ?? [];
      const set = new Set(current);
      same20 += current.length ? full.top.filter((x) => set.has(x)).length / current.length : 1;
      same20Smaller += current.length ? small.top.filter((x) => set.has(x)).length / current.length : 1;
      sameFirst10 += current.slice(0, 10).join() === small.top.slice(0, 10).join() ? 1 : 0;
    }
    const recBefore: StepTimes[] = [], recAfter: StepTimes[] = [];
    const recStart = performance.now();
    for (const token of inputs.seekers) {
      if (performance.now() - recStart > half) break;
      recBefore.push(await recommendationsSteps(db, token, inputs.now));
      recAfter.push(await recommendationsProposed(db, token, inputs.now));
    }
    const n = before.length;
    const proposals: Proposal[] = [
      { title: '(a) load only what scoring reads, one query (JSON-aggregated lists), whole profiles for the 20 shown', where: 'packages/db profiles repository: a `loadMatchProfiles(ids)`; candidates.ts calls it, then `loadProfiles(page ids)`',
        before: stepOf(before, 'load profiles (5 queries per 500)', 'views and contacts'), after: stepOf(after, 'load profiles (lean, one query)', 'load the page’s 20 whole profiles, views, JSON'), note: 'the same people scored' },
      { title: '(a) skill retrieval on a covering index (skill_id, user_id), without the join to seeker_profiles', where: `retrieval.ts candidateIdsForOffer + a migration: \`create index … on profile_skills (skill_id, user_id)\` (built here in ${(indexMs / 1000).toFixed(1)} s)`,
        before: stepOf(before, 'retrieval: profiles by skill overlap (group by, order by count)'), after: stepOf(after, 'retrieval by skill'), note: 'hidden profiles are dropped after loading (isOfferedToEmployers already runs there)' },
      { title: '(a) shared contacts in one query instead of one per person', where: 'packages/db applications repository `sharedContactsAmong`', before: stepOf(before, 'shared contacts (1 query per person: 20)'), after: stepOf(after, 'shared contacts (one query)'), note: '' },
      { title: '(a) whole handler with the three changes, RETRIEVED kept at 500 + 500', where: 'candidates.ts', before: totalOf(before), after: totalOf(after),
        note: `top 20 shared with today’s list: ${((100 * same20) / Math.max(1, n)).toFixed(0)} % of people (hidden people no longer take retrieval slots)` },
      { title: '(a) … and retrieve 200 by skill + 100 by occupation instead of 500 + 500', where: 'candidates.ts `RETRIEVED`, retrieval.ts (a limit per source)', before: totalOf(before), after: totalOf(smaller),
        note: `scored ${Math.round(summarise(smaller).counts.scored?.mean ?? 0)} instead of ${Math.round(summarise(after).counts.scored?.mean ?? 0)}; top 20 shared with today’s list: ${((100 * same20Smaller) / Math.max(1, n)).toFixed(0)} % of people; same first 10 in the same order as today for ${sameFirst10} of ${n} offers` },
      { title: '(b) skill retrieval planned from the skill index (`+offers.status` so SQLite does not walk all published offers)', where: 'retrieval.ts offerIdsForProfile (or run ANALYZE / PRAGMA optimize after migrations)',
        before: stepOf(recBefore, 'retrieval: offers by skill overlap (group by, order by count)'), after: stepOf(recAfter, 'retrieval by skill (plan from the skill index)'), note: 'same rows' },
      { title: '(b) match context from a cached whole taxonomy (occupation → skills, skill labels), like the ISCO codes already are', where: 'context.ts matchContext',
        before: stepOf(recBefore, 'match context'), after: stepOf(recAfter, 'match context (cached taxonomy)'), note: 'taxonomy changes only on import; the cache costs some MB of memory' },
      { title: '(b) load only what scoring reads of offers, whole offers for the 20 shown', where: 'packages/db offers repository: `loadMatchOffers(ids)`; recommendations.ts',
        before: stepOf(recBefore, 'load offers (2 queries per 500)', 'organisation names', 'municipality names', 'views', 'JSON body'), after: stepOf(recAfter, 'load offers (lean, one query)', 'the 20 whole offers, names, views, JSON'), note: '' },
      { title: '(b) whole handler with the three changes', where: 'recommendations.ts', before: totalOf(recBefore), after: totalOf(recAfter), note: 'same retrieval sizes (300 + 300)' },
    ];
    const occupationPlace = stepOf(recBefore, 'retrieval: offers of those occupations, the place or remote, newest first');
    const largest = (runs: StepTimes[]) => Object.entries(summarise(runs).steps).sort(([, x], [, y]) => y.mean - x.mean).slice(0, 3).map(([name, l]) => `${name} ${l.mean.toFixed(1)} ms`).join(', ');
    const conclusions = [
      `Candidates (a), copy of the handler: ${fmt(totalOf(before))} now (p50 / p95), ${fmt(totalOf(after))} with the loading, retrieval and contact changes, ${fmt(totalOf(smaller))} with smaller retrieval as well; measured alternately on the same ${n} offers. Largest steps left (mean): ${largest(smaller)}.`,
      `Recommendations (b): ${fmt(totalOf(recBefore))} now, ${fmt(totalOf(recAfter))} proposed, on ${recBefore.length} seekers. Largest steps left (mean): ${largest(recAfter)}. The occupation/place/remote query (${fmt(occupationPlace)} now) sorts every matching published offer by published_at; an index on offers (status, published_at), or one indexed query per source, would cut it.`,
      'Scoring itself is not the problem: score() takes tens of microseconds, and ranking every retrieved item is a small share of each request above.',
    ];
    return { proposals, conclusions };
  } finally {
    await db.orm.run(sql.raw(`drop index if exists ${COVERING_INDEX}`));
  }
}
