// How long the office's possible-duplicates queue takes with 20,000 seekers in one
// municipality: the database read of a page (first, deep, backwards), the whole queue
// read at once as the route did before it was paged, the route itself (which also writes
// one person.viewed audit row per person shown), and the check a registration runs to
// raise flags. Seeded straight in a temp SQLite file (WAL, as on one machine).
// Run: npx tsx tests/bench/duplicates.ts [seekers=20000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nameKey, type Profile } from '@solidaria/core';
import { duplicateFlagWrites, openDuplicateFlags, schema, type Database } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { sql } from 'drizzle-orm';
import { createApp } from '../../apps/api/src/app';
import { addPerson, signIn } from '../../apps/api/src/auth/testing-accounts';
import { createTestServices, fakeClock } from '../../apps/api/src/testing';
import { seededRandom, pick } from './corpus';
import { latencyOf } from './timing';

const SEEKERS = Number(process.argv[2] ?? 20_000);
const UPALA = 1;
const FIRST = ['María', 'José', 'Ana', 'Luis', 'Carmen', 'Juan', 'Rosa', 'Carlos', 'Marta', 'Jorge', 'Lucía', 'Pedro', 'Elena', 'Miguel', 'Sofía', 'Andrés'];
const LAST = ['Ramírez', 'Solís', 'Obando', 'Núñez', 'Mora', 'Rojas', 'Vargas', 'Jiménez', 'Castro', 'Chaves', 'Herrera', 'Álvarez', 'Quesada', 'Méndez', 'Araya', 'Campos'];
const PASSWORD_HASH = 'unusable-bench-hash';

const folder = mkdtempSync(join(tmpdir(), 'solidaria-bench-duplicates-'));
const db = openSqliteDatabase(join(folder, 'bench.db'));
const clock = fakeClock();
const services = createTestServices({ db, clock });
const app = createApp(services);
const rng = seededRandom(20_261_127);

async function time<T>(runs: number, run: () => Promise<T>) {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  const { p50, p95 } = latencyOf(times);
  return `p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (${runs} runs)`;
}

async function seedSeekers(database: Database) {
  const now = clock.now();
  const first = ((await database.orm.select({ n: sql<number>`coalesce(max(id), 0)` }).from(schema.users))[0]?.n ?? 0) + 1;
  const people: { id: number; displayName: string; birthDate: string }[] = [];
  for (let start = 0; start < SEEKERS; start += 2_000) {
    const batch = people.length;
    for (let i = start; i < Math.min(SEEKERS, start + 2_000); i++) {
      const displayName = `${pick(rng, FIRST)} ${pick(rng, FIRST)} ${pick(rng, LAST)} ${pick(rng, LAST)}`;
      const birthDate = `${1960 + Math.floor(rng() * 46)}-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 9)}`;
      people.push({ id: first + i, displayName, birthDate });
    }
    const added = people.slice(batch);
    await database.atomic([
      database.orm.insert(schema.users).values(added.map((p) => ({ id: p.id, email: `seeker-${p.id}@bench.invalid`, displayName: p.displayName, nameKey: nameKey(p.displayName), language: 'es' as const, passwordHash: PASSWORD_HASH, municipalityId: UPALA, createdAt: now }))),
      database.orm.insert(schema.userRoles).values(added.map((p) => ({ userId: p.id, role: 'seeker' as const, municipalityId: null, grantedAt: now, grantedBy: null }))),
      database.orm.insert(schema.seekerProfiles).values(added.map((p) => ({
        userId: p.id, headline: 'Trabajo agrícola', municipalityId: UPALA, birthDate: p.birthDate,
        availability: { fullTime: true, partTime: false, days: [], shifts: [], canStartOn: null, willingToRelocate: false },
        workAuthorization: 'refugee' as const, createdAt: now, updatedAt: now,
      }))),
    ]);
  }
  return people;
}

/** `open` open flags and as many decided ones, each between two seekers, one a minute. */
async function raiseFlags(database: Database, people: { id: number }[], open: number) {
  const start = clock.now().getTime();
  const rows = Array.from({ length: open * 2 }, (_, i) => ({
    userId: people[i % people.length]!.id, similarUserId: people[(i + 1 + Math.floor(i / people.length)) % people.length]!.id, municipalityId: UPALA,
    reason: 'similar_name_same_birth_year' as const, createdAt: new Date(start - (open * 2 - i) * 60_000), resolvedAt: i % 2 === 0 ? new Date(start) : null,
  }));
  for (let i = 0; i < rows.length; i += 1_000) await database.atomic([database.orm.insert(schema.duplicateFlags).values(rows.slice(i, i + 1_000)).onConflictDoNothing()]);
}

async function measure(label: string, cookie: string) {
  const [{ open }] = (await db.orm.select({ open: sql<number>`count(*)` }).from(schema.duplicateFlags).where(sql`resolved_at IS NULL`)) as [{ open: number }];
  console.log(`\n${label}: ${open.toLocaleString('en-US')} open flags`);
  const firstPage = await openDuplicateFlags(db, [UPALA], { limit: 51 });
  const middle = (await openDuplicateFlags(db, [UPALA])).at(Math.floor(open / 2))!;
  const position = { flaggedAt: middle.createdAt, id: middle.id };
  console.log(`  db, first page (51 rows):        ${await time(50, () => openDuplicateFlags(db, [UPALA], { limit: 51 }))}`);
  console.log(`  db, a page in the middle:        ${await time(50, () => openDuplicateFlags(db, [UPALA], { after: position, limit: 51 }))}`);
  console.log(`  db, the page before the middle:  ${await time(50, () => openDuplicateFlags(db, [UPALA], { before: position, limit: 51 }))}`);
  console.log(`  db, admin (all municipalities):  ${await time(50, () => openDuplicateFlags(db, '*', { limit: 51 }))}`);
  console.log(`  db, the whole queue (unpaged):   ${await time(10, () => openDuplicateFlags(db, [UPALA]))}`);
  const rawQueue = sql`SELECT f.id, f.reason, f.municipality_id, f.created_at, n.id, n.display_name, n.phone, n.created_at, n.disabled_at, np.birth_date,
      o.id, o.display_name, o.phone, o.created_at, o.disabled_at, op.birth_date
    FROM duplicate_flags f JOIN users n ON n.id = f.user_id JOIN users o ON o.id = f.similar_user_id
    LEFT JOIN seeker_profiles np ON np.user_id = f.user_id LEFT JOIN seeker_profiles op ON op.user_id = f.similar_user_id
    WHERE f.resolved_at IS NULL AND f.municipality_id IN (1) ORDER BY f.created_at, f.id`;
  console.log(`  the whole queue, SQLite alone:   ${await time(10, async () => db.orm.values(rawQueue))}`);
  console.log(`  GET /api/office/duplicates:      ${await time(30, async () => app.request('/api/office/duplicates', { headers: { cookie } }))}`);
  console.log(`  GET …?limit=100:                 ${await time(30, async () => app.request('/api/office/duplicates?limit=100', { headers: { cookie } }))}`);
  if (firstPage.length !== 51) throw new Error('the first page was not full');
  const plan = await db.orm.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN
    SELECT * FROM duplicate_flags f JOIN users n ON n.id = f.user_id JOIN users o ON o.id = f.similar_user_id
    LEFT JOIN seeker_profiles np ON np.user_id = f.user_id LEFT JOIN seeker_profiles op ON op.user_id = f.similar_user_id
    WHERE f.resolved_at IS NULL AND f.municipality_id IN (1) ORDER BY f.created_at, f.id LIMIT 51`);
  console.log(`  plan: ${plan.map((r) => r.detail).join(' | ')}`);
}

async function main() {
  await services.search.applySettings();
  const officer = await signIn(app, services, await addPerson(services, 'oficina.upala@example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  const t = performance.now();
  const people = await seedSeekers(db);
  console.log(`seeded ${SEEKERS.toLocaleString('en-US')} seekers in one municipality in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // A registration's check against every seeker of the municipality born the same year.
  const samples = people.filter((_, i) => i % 400 === 0);
  const profileOf = (p: (typeof people)[number]) => ({ userId: p.id, municipalityId: UPALA, displayName: p.displayName, birthDate: p.birthDate }) as unknown as Profile;
  let k = 0;
  console.log(`registration's flag check (duplicateFlagWrites): ${await time(samples.length, () => duplicateFlagWrites(db, profileOf(samples[k++ % samples.length]!), null, clock.now()))}`);

  await raiseFlags(db, people, 1_000);
  await measure('a worked queue', officer);
  await db.orm.delete(schema.duplicateFlags);
  await raiseFlags(db, people, 20_000);
  await measure('a queue nobody works (one open flag per seeker)', officer);
  db.close();
  rmSync(folder, { recursive: true, force: true });
}

await main();
