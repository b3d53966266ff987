// Load (issue 10, part 5): 10,000 requests, 50 at a time, on loopback against the real
// server, a mix of pages, API reads and writes → no errors, p99 ≤ 500 ms, memory stable.
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { callJson } from './loopback-client';
import { loadRequest, type Targets } from './load-mix';
import { freePort, startServer, type ServerProcess } from './server-process';
import { DEMO_PASSWORD, prepareStage } from './workload';

// autocannon's result, with the fields tests/bench/autocannon.d.ts leaves out.
type Result = Parameters<Parameters<typeof autocannon>[1]>[1] & {
  latency: { p90: number; max: number };
  statusCodeStats: Record<string, { count: number }>;
};

const REQUESTS = 10_000;
const CONNECTIONS = 50;
const P99_BUDGET_MS = 500;

const dataDir = mkdtempSync(join(tmpdir(), 'solidaria-load-'));
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Per connection, what it sent last and when: autocannon's context, one per connection. */
interface Sending {
  what?: string;
  at?: number;
}

/** Runs the mix; `slowest` gets the slowest requests (what, ms), to say where time goes. */
const load = (url: string, amount: number, targets: Targets, slowest: { what: string; ms: number }[]) =>
  new Promise<Result>((resolve, reject) => {
    let n = 0;
    const request = {
      setupRequest: (base: object, context: Sending) => {
        const next = loadRequest(n++, targets);
        context.what = `${next.method} ${next.path.split('?')[0]}`;
        context.at = performance.now();
        return { ...base, ...next };
      },
      onResponse: (_status: number, _body: string, context: Sending) => {
        slowest.push({ what: context.what!, ms: Math.round(performance.now() - context.at!) });
        slowest.sort((a, b) => b.ms - a.ms).splice(10);
      },
    };
    // autocannon passes the context too (tests/bench/autocannon.d.ts leaves it out).
    const requests = [request] as unknown as Parameters<typeof autocannon>[0]['requests'];
    autocannon({ url, connections: CONNECTIONS, amount, timeout: 10, requests }, (error, result) => (error ? reject(error) : resolve(result as Result)));
  });

it(`answers ${REQUESTS} mixed requests, ${CONNECTIONS} at a time, without an error, p99 ≤ ${P99_BUDGET_MS} ms, in stable memory`, async () => {
  server = await startServer(dataDir, await freePort());
  const stage = await prepareStage(server.url);
  const offers = (await callJson(server.url, 'GET', '/api/offers?q=&perPage=50')).body as { results: { id: number }[] };
  const enterprises = (await callJson(server.url, 'GET', '/api/enterprises?q=')).body as { results: { slug: string }[] };
  const seeker = await callJson(server.url, 'POST', '/api/auth/login', { body: { identifier: 'buscadora@demo.solidaria.test', password: DEMO_PASSWORD } });
  const profile = (await callJson(server.url, 'GET', '/api/me/profile', { cookie: seeker.cookie! })).body as { profile: object };
  const targets: Targets = {
    stage, offerIds: offers.results.map((o) => o.id), marketSlug: enterprises.results[0]!.slug, seekerCookie: seeker.cookie!, seekerProfile: JSON.stringify(profile.profile),
  };
  expect(targets.offerIds.length).toBeGreaterThanOrEqual(20);

  // Warm-up, every read of the mix (no writes): pages' code loaded and compiled, caches
  // filled, as on a server that has been up a while.
  let w = 0;
  const readOnly = (i: number) => (i % 20 === 5 ? i + 1 : i);
  const warm = await new Promise<Result>((resolve, reject) =>
    autocannon(
      { url: server!.url, connections: 10, amount: 400, requests: [{ setupRequest: (r) => ({ ...r, ...loadRequest(readOnly(w++), targets) }) }] },
      (e, r) => (e ? reject(e) : resolve(r as Result)),
    ),
  );
  expect(warm.non2xx).toBe(0);

  const rss: { at: number; bytes: number }[] = [];
  const sampler = setInterval(() => rss.push({ at: Date.now(), bytes: server!.rssBytes() }), 200);
  const started = Date.now();
  const slowest: { what: string; ms: number }[] = [];
  const result = await load(server.url, REQUESTS, targets, slowest).finally(() => clearInterval(sampler));
  const ended = Date.now();

  const quarter = (q: number) => rss.filter((s) => s.at >= started + ((ended - started) * (q - 1)) / 4 && s.at < started + ((ended - started) * q) / 4);
  const maxMb = (samples: typeof rss) => Math.max(...samples.map((s) => s.bytes)) / 2 ** 20;
  const [q2, q4] = [maxMb(quarter(2)), maxMb(quarter(4))];
  console.log(
    `load ${new Date(started).toISOString()}: ${result['2xx']} 2xx of ${REQUESTS} in ${result.duration.toFixed(1)} s (${result.requests.average.toFixed(0)} req/s); ` +
      `latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ` +
      `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx} ${JSON.stringify(result.statusCodeStats)}; ` +
      `RSS max ${q2.toFixed(0)} MB in the 2nd quarter, ${q4.toFixed(0)} MB in the 4th (${rss.length} samples); ` +
      `slowest: ${slowest.map((r) => `${r.what} ${r.ms} ms`).join(', ')}`,
  );
  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(result.non2xx).toBe(0);
  expect(result['2xx']).toBe(REQUESTS);
  expect(result.latency.p99).toBeLessThanOrEqual(P99_BUDGET_MS);
  // V8 keeps growing its heap for a while under steady load: between the 2nd and the 4th
  // quarter we measured 5 to 18 % with no leak (the 4th quarter's requests are the 2nd's
  // again). A request that kept what it touched would grow it by far more over 2,500 requests.
  expect(q4).toBeLessThanOrEqual(q2 * 1.3);
  expect(server.output()).not.toMatch(/"level":(50|60)/);
}, 600_000);
