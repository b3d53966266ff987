// The matching benchmark's database: the taxonomy (the full ESCO when ../shared/esco
// exists, else the starter taxonomy of the migrations), N synthetic job seekers built from
// occupations and their essential skills, and M published offers of verified
// organisations. Built once per (generator version, seed, sizes, taxonomy) and cached in
// the temp folder, like the search bench's corpus.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { nameKey } from '@solidaria/core';
import { schema, type Database } from '@solidaria/db';
import { importEsco, missingEscoFiles, openSqliteDatabase } from '@solidaria/db/node';
import { createEmbeddedSearch, INDEXES, occupationDocument, skillDocument } from '@solidaria/search';
import { NOTICE_VERSION, SHARE_PURPOSE } from '../../apps/api/src/profiles/consent-purposes';
import { pick, seededRandom } from './corpus';
import { repoRoot } from './sources';

// Bump when the generator changes, so cached databases are rebuilt.
const GENERATOR_VERSION = 'matching-v1';
const SEED = 20_261_127;
/** The bench's fixed "now": sessions, ages, closing dates and the exposure week are counted on it. */
export const BENCH_NOW = new Date('2026-11-27T12:00:00Z');
export const OFFERS_PER_ORGANISATION = 10;
/** Every user's password hash: nobody signs in through the login route in the bench. */
const PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2gtc2FsdA$bm90LWEtcmVhbC1oYXNoLWJlbmNoLW9ubHk';

export interface BenchDatabase {
  file: string;
  cached: boolean;
  /** 'ESCO (…)' or 'starter taxonomy only (…)'. */
  taxonomy: string;
  buildSeconds: number;
}

const escoFolder = () => {
  const folder = process.env.BENCH_ESCO_DIR ?? resolve(repoRoot, '../shared/esco');
  return existsSync(folder) && missingEscoFiles(folder).length === 0 ? folder : null;
};

/** The cached database file for these sizes, built first when missing. */
export async function benchDatabase(profiles: number, offers: number, say: (line: string) => void): Promise<BenchDatabase> {
  const esco = escoFolder();
  const file = join(tmpdir(), `solidaria-bench-matching-${GENERATOR_VERSION}-${SEED}-${profiles}-${offers}-${esco ? 'esco' : 'starter'}.db`);
  const started = performance.now();
  if (existsSync(file)) {
    const db = openSqliteDatabase(file);
    const taxonomy = await describeTaxonomy(db, esco);
    const findable = await findableProfiles(db);
    db.close();
    // A migration that changed the data under the cache (0017 hid profiles shown without
    // a consent) would make the matching figures meaningless: build it again.
    if (findable > 0) return { file, cached: true, taxonomy, buildSeconds: 0 };
    say(`the cached database has no profile employers may find; building it again…`);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  }
  const building = `${file}.building`;
  for (const f of [building, `${building}-wal`, `${building}-shm`]) rmSync(f, { force: true });
  const db = openSqliteDatabase(building);
  // Building is a one-off: no fsync per transaction.
  await db.orm.run(sql`PRAGMA synchronous = OFF`);
  if (esco) {
    say(`importing ESCO from ${esco}…`);
    const search = createEmbeddedSearch(db, INDEXES);
    await search.applySettings();
    await importEsco({
      db,
      folder: esco,
      index: {
        occupations: (rows) => search.upsertWrites('occupations', rows.map(occupationDocument)),
        skills: (rows) => search.upsertWrites('skills', rows.map(skillDocument)),
      },
    });
  }
  say(`generating ${profiles.toLocaleString('en-US')} profiles and ${offers.toLocaleString('en-US')} offers…`);
  await fill(db, profiles, offers, say);
  await db.orm.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`);
  const taxonomy = await describeTaxonomy(db, esco);
  db.close();
  renameSync(building, file);
  return { file, cached: false, taxonomy, buildSeconds: (performance.now() - started) / 1000 };
}

async function findableProfiles(db: Database): Promise<number> {
  const [row] = await db.orm.select({ n: sql<number>`count(*)` }).from(schema.seekerProfiles).where(sql`${schema.seekerProfiles.visibility} <> 'hidden'`);
  return row?.n ?? 0;
}

async function describeTaxonomy(db: Database, esco: string | null): Promise<string> {
  const [o] = await db.orm.select({ n: sql<number>`count(*)` }).from(schema.occupations);
  const [s] = await db.orm.select({ n: sql<number>`count(*)` }).from(schema.skills);
  const [r] = await db.orm.select({ n: sql<number>`count(*)` }).from(schema.occupationSkills).where(eq(schema.occupationSkills.relation, 'essential'));
  const counts = `${o?.n} occupations, ${s?.n} skills, ${r?.n} essential relations`;
  return esco ? `ESCO imported from ${esco} (${counts})` : `starter taxonomy only — ../shared/esco not found (${counts})`;
}

export const dbSizeMb = (file: string) => [file, `${file}-wal`].reduce((sum, f) => sum + (existsSync(f) ? statSync(f).size : 0), 0) / 1e6;

// --- generation ------------------------------------------------------------------------

/** Rows per multi-row INSERT: SQLite allows 32,766 bound values per statement. */
const rowsPerInsert = (columns: number) => Math.floor(30_000 / columns);

function insertWrites<T extends Record<string, unknown>>(db: Database, table: Parameters<Database['orm']['insert']>[0], rows: T[]) {
  if (rows.length === 0) return [];
  const step = rowsPerInsert(Object.keys(rows[0]!).length);
  const writes = [];
  // The table is one of the schema's; drizzle's generic insert cannot tie it to T here.
  for (let i = 0; i < rows.length; i += step) writes.push(db.orm.insert(table).values(rows.slice(i, i + step) as never));
  return writes;
}

const LEVELS = ['basic', 'intermediate', 'advanced', 'expert'] as const;
const AUTHORISATIONS = [
  ['citizen_or_resident', 0.35], ['refugee', 0.25], ['asylum_seeker_with_permit', 0.2], ['asylum_seeker_without_permit', 0.1], ['other_permit', 0.06], ['none', 0.04],
] as const;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const SHIFTS = ['morning', 'afternoon', 'night'] as const;
const NATIONALITIES = ['NI', 'VE', 'HN', 'SV', 'GT', 'CO', 'CU', 'HT', 'CR', 'PA'] as const;

function weighted<T>(rng: () => number, items: readonly (readonly [T, number])[]): T {
  let x = rng();
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1]![0];
}

const subset = <T>(rng: () => number, items: readonly T[], p: number) => items.filter(() => rng() < p);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const daysFrom = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Occupations in a seeded order, drawn with weight 1/(rank + 10)^0.9: a few common, a long tail. */
function occupationSampler(rng: () => number, ids: number[]) {
  const order = [...ids];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const cumulative: number[] = [];
  let sum = 0;
  for (let r = 0; r < order.length; r++) cumulative.push((sum += (r + 10) ** -0.9));
  return () => {
    const x = rng() * sum;
    let lo = 0, hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1; else hi = mid;
    }
    return order[lo]!;
  };
}

async function fill(db: Database, nProfiles: number, nOffers: number, say: (line: string) => void) {
  const rng = seededRandom(SEED);
  const now = BENCH_NOW;
  const municipalities = (await db.orm.select({ id: schema.municipalities.id, currency: schema.municipalities.currency }).from(schema.municipalities)).slice(0, 15);
  const essentials = new Map<number, number[]>();
  for (const r of await db.orm.select({ o: schema.occupationSkills.occupationId, s: schema.occupationSkills.skillId }).from(schema.occupationSkills).where(eq(schema.occupationSkills.relation, 'essential'))) {
    essentials.set(r.o, [...(essentials.get(r.o) ?? []), r.s]);
  }
  const labels = new Map((await db.orm.select({ id: schema.occupations.id, es: schema.occupations.labelEs }).from(schema.occupations)).map((o) => [o.id, o.es]));
  const withSkills = [...essentials.keys()].sort((a, b) => a - b);
  const usable = withSkills.filter((id) => essentials.get(id)!.length >= 3);
  const allSkills = [...new Set([...essentials.values()].flat())];
  const drawOccupation = occupationSampler(rng, usable);

  let userId = ((await db.orm.select({ n: sql<number>`coalesce(max(id), 0)` }).from(schema.users))[0]?.n ?? 0) + 1;
  const batch = 10_000;
  const t0 = performance.now();
  for (let start = 0; start < nProfiles; start += batch) {
    const users = [], roles = [], profiles = [], skills = [], occupations = [], history = [], languages = [], consents = [];
    for (let i = start; i < Math.min(nProfiles, start + batch); i++, userId++) {
      const municipality = pick(rng, municipalities);
      users.push({ id: userId, email: `seeker-${i}@bench.invalid`, phone: null, displayName: `Persona ${i}`, nameKey: nameKey(`Persona ${i}`), language: 'es' as const, passwordHash: PASSWORD_HASH, municipalityId: municipality.id, createdAt: now });
      roles.push({ userId, role: 'seeker' as const, municipalityId: null, grantedAt: now, grantedBy: null });
      const desired = [drawOccupation()];
      if (rng() < 0.4) desired.push(drawOccupation());
      const wanted = [...new Set(desired)];
      const pool = [...new Set(wanted.flatMap((o) => essentials.get(o) ?? []))];
      const held = new Set<number>();
      const n = 5 + Math.floor(rng() * 11);
      for (let tries = 0; held.size < n && tries < 100; tries++) held.add(rng() < 0.8 && pool.length > 0 ? pick(rng, pool) : pick(rng, allSkills));
      for (const skillId of held) skills.push({ userId, skillId, customLabel: null, level: pick(rng, LEVELS) });
      for (const occupationId of wanted) occupations.push({ userId, occupationId });
      const jobs = Math.floor(rng() * 4);
      for (let position = 0; position < jobs; position++) {
        const occupationId = rng() < 0.6 ? pick(rng, wanted) : rng() < 0.5 ? drawOccupation() : null;
        history.push({ userId, position, title: occupationId ? (labels.get(occupationId) ?? 'Trabajo') : 'Trabajo por cuenta propia', occupationId, employer: rng() < 0.5 ? 'Finca' : '', months: 1 + Math.floor(rng() * 96), formal: rng() < 0.4 });
      }
      languages.push({ userId, code: 'es', level: 'native' as const });
      if (rng() < 0.2) languages.push({ userId, code: 'en', level: pick(rng, ['A2', 'B1', 'B2', 'C1'] as const) });
      const authorisation = weighted(rng, AUTHORISATIONS);
      const permit = authorisation !== 'citizen_or_resident' && authorisation !== 'none';
      profiles.push({
        userId,
        headline: labels.get(wanted[0]!) ?? '',
        municipalityId: municipality.id,
        birthDate: isoDay(daysFrom(now, -Math.floor((18.1 + rng() * 45) * 365.25))),
        educationLevel: pick(rng, ['none', 'primary', 'secondary', 'technical', 'university'] as const),
        availability: {
          fullTime: rng() < 0.7, partTime: rng() < 0.5, days: subset(rng, DAYS, 0.6), shifts: subset(rng, SHIFTS, 0.5),
          canStartOn: null, willingToRelocate: rng() < 0.2,
        },
        workAuthorization: authorisation,
        workAuthorizationExpiresOn: permit ? isoDay(daysFrom(now, Math.floor(-60 + rng() * 900))) : null,
        gender: pick(rng, ['female', 'male', 'non_binary', 'prefer_not_to_say'] as const),
        nationality: pick(rng, NATIONALITIES),
        populationGroup: pick(rng, ['refugee', 'asylum_seeker', 'migrant', 'host_community', 'returnee'] as const),
        visibility: weighted(rng, [['anonymous', 0.8], ['visible', 0.15], ['hidden', 0.05]] as const),
        createdAt: now,
        updatedAt: now,
      });
      // As the application records it: a profile shown to employers has the consent to share it.
      if (profiles.at(-1)!.visibility !== 'hidden') consents.push({ userId, purpose: SHARE_PURPOSE, noticeVersion: NOTICE_VERSION, grantedAt: now });
    }
    await db.atomic([
      ...insertWrites(db, schema.users, users),
      ...insertWrites(db, schema.userRoles, roles),
      ...insertWrites(db, schema.seekerProfiles, profiles),
      ...insertWrites(db, schema.profileSkills, skills),
      ...insertWrites(db, schema.profileOccupations, occupations),
      ...insertWrites(db, schema.workHistory, history),
      ...insertWrites(db, schema.profileLanguages, languages),
      ...insertWrites(db, schema.consents, consents),
    ]);
    say(`  profiles: ${Math.min(nProfiles, start + batch).toLocaleString('en-US')} (${Math.round(Math.min(nProfiles, start + batch) / ((performance.now() - t0) / 1000))}/s)`);
  }

  // Organisations, each with one employer, OFFERS_PER_ORGANISATION offers each.
  const nOrganisations = Math.ceil(nOffers / OFFERS_PER_ORGANISATION);
  const users = [], roles = [], organisations = [], members = [];
  const firstOrganisation = ((await db.orm.select({ n: sql<number>`coalesce(max(id), 0)` }).from(schema.organisations))[0]?.n ?? 0) + 1;
  const organisationsOf: { id: number; employer: number; municipality: (typeof municipalities)[number] }[] = [];
  for (let k = 0; k < nOrganisations; k++, userId++) {
    const id = firstOrganisation + k;
    const municipality = pick(rng, municipalities);
    users.push({ id: userId, email: `employer-${k}@bench.invalid`, phone: null, displayName: `Empleadora ${k}`, nameKey: nameKey(`Empleadora ${k}`), language: 'es' as const, passwordHash: PASSWORD_HASH, municipalityId: municipality.id, createdAt: now });
    roles.push({ userId, role: 'employer' as const, municipalityId: null, grantedAt: now, grantedBy: null });
    organisations.push({
      id, name: `Empresa de prueba ${k}`, sector: 'other' as const, municipalityId: municipality.id, taxId: `BENCH-${k}`, description: '', contactEmail: `employer-${k}@bench.invalid`,
      verification: 'verified' as const, verificationReason: 'bench', verifiedAt: now, createdBy: userId, createdAt: daysFrom(now, -400),
    });
    members.push({ organisationId: id, userId });
    organisationsOf.push({ id, employer: userId, municipality });
  }
  await db.atomic([...insertWrites(db, schema.users, users), ...insertWrites(db, schema.userRoles, roles), ...insertWrites(db, schema.organisations, organisations), ...insertWrites(db, schema.organisationMembers, members)]);

  let offerId = ((await db.orm.select({ n: sql<number>`coalesce(max(id), 0)` }).from(schema.offers))[0]?.n ?? 0) + 1;
  for (let start = 0; start < nOffers; start += batch) {
    const offers = [], offerSkills = [];
    for (let i = start; i < Math.min(nOffers, start + batch); i++, offerId++) {
      const organisation = organisationsOf[Math.floor(i / OFFERS_PER_ORGANISATION)]!;
      const municipality = rng() < 0.7 ? organisation.municipality : pick(rng, municipalities);
      const occupationId = drawOccupation();
      const pool = essentials.get(occupationId)!;
      const chosen = new Set<number>();
      const n = Math.min(pool.length, 3 + Math.floor(rng() * 8));
      while (chosen.size < n) chosen.add(pick(rng, pool));
      for (const skillId of chosen) offerSkills.push({ offerId, skillId, level: pick(rng, LEVELS.slice(0, 3)), required: rng() < 0.6 });
      const fullTime = rng() < 0.75;
      const minimum = 300_000_00 + Math.floor(rng() * 40) * 10_000_00;
      const publishedAt = daysFrom(now, -Math.floor(rng() * 60));
      offers.push({
        id: offerId, organisationId: organisation.id, municipalityId: municipality.id, title: labels.get(occupationId) ?? 'Oferta', description: `Oferta de prueba ${i} para el benchmark de emparejamiento.`,
        occupationId, remote: rng() < 0.08, workAbroad: false, contractType: 'indefinite' as const, workingTime: fullTime ? ('full_time' as const) : ('part_time' as const),
        days: subset(rng, DAYS, 0.7), shifts: subset(rng, SHIFTS, 0.4), salaryMinMinor: minimum, salaryMaxMinor: minimum + 100_000_00, salaryPeriod: 'month' as const,
        currency: municipality.currency, vacancies: 1 + Math.floor(rng() * 4),
        acceptedAuthorizations: rng() < 0.7 ? ['citizen_or_resident', 'refugee', 'asylum_seeker_with_permit'] as const : rng() < 0.5 ? ['citizen_or_resident', 'refugee', 'asylum_seeker_with_permit', 'other_permit'] as const : ['citizen_or_resident'] as const,
        suitableForAdolescents: false, languages: rng() < 0.1 ? [{ code: 'en', level: 'B1' as const }] : [], howToApply: '', closesOn: isoDay(daysFrom(now, 30 + Math.floor(rng() * 120))),
        status: 'published' as const, flags: [], textFingerprint: `bench-${i}`, hiddenByReports: false, createdBy: organisation.employer, createdAt: publishedAt, updatedAt: publishedAt, publishedAt,
      });
    }
    await db.atomic([...insertWrites(db, schema.offers, offers), ...insertWrites(db, schema.offerSkills, offerSkills)]);
    say(`  offers: ${Math.min(nOffers, start + batch).toLocaleString('en-US')}`);
  }
}
