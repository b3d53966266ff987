// Crash safety (issue 10, part 4): the real server on a temporary data folder, 1,000
// writes from many people at once, SIGKILL at 20 random (seeded) moments with a restart
// after each; then every acknowledged write must be there, whole, and found by search.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { inspect } from './consistency';
import { callJson, personAddress } from './loopback-client';
import { freePort, startServer, type ServerProcess } from './server-process';
import { prepareStage, seededRandom, write, type Acknowledged } from './workload';

const SEED = Number(process.env.CRASH_SEED ?? 20261127);
const WRITES = Number(process.env.CRASH_WRITES ?? 1_000);
const KILLS = Number(process.env.CRASH_KILLS ?? 20);
const IN_FLIGHT = 8;

const dataDir = mkdtempSync(join(tmpdir(), 'solidaria-crash-'));
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

it(`loses no acknowledged write and half-writes nothing across ${KILLS} SIGKILLs (seed ${SEED})`, async () => {
  const random = seededRandom(SEED);
  const port = await freePort();
  server = await startServer(dataDir, port);
  const stage = await prepareStage(server.url);

  // Kill moments: after a random number of started writes in each of 20 equal slices,
  // then a random few milliseconds more, so requests are cut at every stage of their work.
  const slice = WRITES / (KILLS + 1);
  const killAt = Array.from({ length: KILLS }, (_, k) => Math.floor((k + random()) * slice + slice / 2));
  const acknowledged: Acknowledged[] = [];
  let cutOff = 0;
  let refused = 0;
  let next = 0;
  let up: Promise<void> = Promise.resolve();

  const writer = async () => {
    for (;;) {
      await up;
      const n = next++;
      if (n >= WRITES) return;
      try {
        const url = server!.url;
        const acks = await write(url, stage, n, 'crash', random);
        if (acks.length === 0) refused++;
        acknowledged.push(...acks);
      } catch (error) {
        // The connection broke: the server died during the request. Not acknowledged,
        // except what an earlier step of the same write was acknowledged for.
        cutOff++;
        acknowledged.push(...(((error as { acknowledged?: Acknowledged[] }).acknowledged) ?? []));
      }
    }
  };
  const killer = async () => {
    for (const at of killAt) {
      while (next < at) await new Promise((r) => setTimeout(r, 2));
      await new Promise((r) => setTimeout(r, Math.floor(random() * 25)));
      let restarted!: () => void;
      up = new Promise((r) => (restarted = r));
      await server!.kill();
      server = await startServer(dataDir, port);
      restarted();
    }
  };
  const started = Date.now();
  await Promise.all([killer(), ...Array.from({ length: IN_FLIGHT }, writer)]);
  const seconds = (Date.now() - started) / 1000;

  // After the last restart: the people, offers and orders are there for their users.
  const sample = <T>(items: T[], count: number) => items.filter((_, i) => i % Math.max(1, Math.floor(items.length / count)) === 0).slice(0, count);
  const published = acknowledged.filter((a): a is Extract<Acknowledged, { kind: 'offer' }> => a.kind === 'offer' && a.status === 'published');
  for (const offer of sample(published, 15)) {
    const found = await callJson(server.url, 'GET', `/api/offers?q=${offer.reference}`);
    expect((found.body as { results: { id: number }[] }).results.map((r) => r.id), offer.reference).toContain(offer.id);
  }
  const orders = acknowledged.filter((a): a is Extract<Acknowledged, { kind: 'order' }> => a.kind === 'order');
  for (const order of sample(orders, 15)) expect((await callJson(server.url, 'GET', `/api/orders/${order.publicId}`)).status).toBe(200);
  const people = acknowledged.filter((a): a is Extract<Acknowledged, { kind: 'registration' }> => a.kind === 'registration');
  for (const [i, person] of sample(people, 5).entries()) {
    const signIn = await callJson(server.url, 'POST', '/api/auth/login', { from: personAddress(5_000 + i), body: { identifier: person.email, password: 'mango-limon-guayaba-2026' } });
    expect(signIn.status, person.email).toBe(200);
  }

  const findings = await inspect(dataDir, acknowledged, stage);
  const counts = (kind: Acknowledged['kind']) => acknowledged.filter((a) => a.kind === kind).length;
  console.log(
    `crash safety (seed ${SEED}): ${WRITES} writes in ${seconds.toFixed(1)} s with ${KILLS} SIGKILLs; acknowledged ${counts('registration')} registrations, ` +
      `${counts('offer')} offers (${published.length} published), ${orders.length} orders; ${cutOff} cut off by a kill, ${refused} refused; ` +
      `integrity_check ${findings.integrity}; indexed ${JSON.stringify(findings.indexed)}`,
  );
  expect(findings.integrity).toBe('ok');
  expect(findings.lost).toEqual([]);
  expect(findings.halfWritten).toEqual([]);
  expect(findings.indexMismatches).toEqual([]);
  expect(cutOff, 'the kills should land while requests are in flight').toBeGreaterThan(0);
  expect(acknowledged.length).toBeGreaterThan(WRITES * 0.8);
  expect(refused).toBe(0);
}, 900_000);
