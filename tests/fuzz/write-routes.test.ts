// Property-based fuzzing of every write route the API documents: malformed, oversized,
// wrongly typed and hostile requests, sent in-process by callers allowed to make them.
// Whatever arrives, the API answers below 500, leaks no internals, refuses with the
// error envelope, and a refused request leaves the database as it was.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/app';
import { MAX_JSON_BODY_BYTES } from '../../apps/api/src/middleware/body-rules';
import { createTestServices } from '../../apps/api/src/testing';
import { fingerprints } from './database-fingerprint';
import { buildFuzzFixture, type FuzzFixture } from './fuzz-fixture';
import { requestsFor, type FuzzRequest } from './fuzz-requests';
import { brokenPhotos, signedHostileEvents, type RawRequestBody } from './route-specific-bodies';
import type fcType from 'fast-check';
import { leakIn, notAnEnvelope } from './response-checks';
import { writeRoutesOf } from './write-routes';

/** Generated requests per route (plus two over the body limit); about 30 s for the 50 routes of today. */
const RUNS_PER_ROUTE = 50;
const SEED = 20261127;

const documented = createTestServices();
const { routes, components } = writeRoutesOf(await (await createApp(documented).request('/api/openapi.json')).json());
documented.db.close();

let fixture: FuzzFixture;
let fingerprint: () => Record<string, string>;
const sent = new Map<string, number>();
const statuses = new Map<string, Map<number, number>>();
let clientNumber = 0;
const ownKind: Record<string, fcType.Arbitrary<RawRequestBody>> = {};

beforeAll(async () => {
  fixture = await buildFuzzFixture();
  fingerprint = fingerprints(fixture.services.db);
  ownKind['POST /api/uploads'] = await brokenPhotos();
  ownKind['POST /api/payments/stripe/webhook'] = signedHostileEvents(fixture.checkoutSessionIds());
});
afterAll(async () => {
  const rows = [...sent].map(([route, n]) => `${route.padEnd(48)} ${String(n).padStart(4)}  ${[...(statuses.get(route) ?? [])].sort(([a], [b]) => a - b).map(([s, c]) => `${s}×${c}`).join(' ')}`);
  console.log(`Fuzzed requests per write route (${[...sent.values()].reduce((a, b) => a + b, 0)} in all):\n${rows.join('\n')}`);
  await fixture?.stripe.close();
  fixture?.services.db.close();
});

function describeRequest(route: string, r: FuzzRequest): string {
  const body = typeof r.body === 'string' ? r.body.slice(0, 300) : r.body ? `<${r.body.length} bytes>` : '<none>';
  return `${route} as ${r.actor}: ${r.url.slice(0, 200)} [${r.contentType ?? 'no type'}] ${body}`;
}

/** Sends one request and checks everything a caller could notice about the answer. */
async function sendAndCheck(route: string, r: FuzzRequest): Promise<number> {
  const { app, liveCookie } = fixture;
  const cookie = await liveCookie(r.actor);
  const headers: Record<string, string> = { ...r.headers, 'x-test-client': `198.18.${(++clientNumber >> 8) & 255}.${clientNumber & 255}` };
  if (cookie) headers.cookie = cookie;
  if (r.contentType !== undefined) headers['content-type'] = r.contentType;
  if (r.body !== undefined && r.announceLength) headers['content-length'] = String(typeof r.body === 'string' ? Buffer.byteLength(r.body) : r.body.length);
  const before = fingerprint();
  fixture.errors.length = 0;
  const res = await app.request(r.url, { method: route.split(' ')[0]!, headers, ...(r.body !== undefined ? { body: r.body as BodyInit } : {}) });
  const text = await res.text();
  sent.set(route, (sent.get(route) ?? 0) + 1);
  const counts = statuses.get(route) ?? new Map<number, number>();
  counts.set(res.status, (counts.get(res.status) ?? 0) + 1);
  statuses.set(route, counts);

  const what = describeRequest(route, r);
  // Only the log sees what went wrong; the test shows it to whoever fixes it.
  expect(res.status, `${what}\n→ ${text.slice(0, 500)}\nlogged: ${fixture.errors.join('\n')}`).toBeLessThan(500);
  expect(leakIn(text + [...res.headers].join('\n')), `${what}\n→ ${text.slice(0, 500)}`).toBeUndefined();
  if (res.status >= 300) expect(notAnEnvelope(res.headers.get('content-type'), text), `${what}\n→ ${text.slice(0, 500)}`).toBeUndefined();
  if (res.status >= 400) expect(fingerprint(), `a refused request changed the database: ${what}\n→ ${res.status} ${text.slice(0, 300)}`).toEqual(before);
  return res.status;
}

describe('fuzzing every write route', { timeout: 60_000 }, () => {
  it('finds the write routes in the OpenAPI document', () => {
    expect(routes.length).toBeGreaterThanOrEqual(30);
    expect(routes.map((r) => r.key)).toEqual(expect.arrayContaining(['POST /api/auth/register', 'POST /api/offers', 'PUT /api/me/profile', 'DELETE /api/me', 'POST /api/orders']));
  });

  for (const route of routes) {
    it(`${route.key}: no 5xx, no leaks, the envelope on refusal, nothing written by a refused request`, async () => {
      const arbitrary = requestsFor(route, components, fixture, ownKind[route.key]);
      await fc.assert(fc.asyncProperty(arbitrary, async (r) => void (await sendAndCheck(route.key, r))), { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true });

      // Beyond the body limit: refused with 413 before anything is read, announced or not.
      const limit = route.key === 'POST /api/uploads' ? undefined : MAX_JSON_BODY_BYTES;
      if (limit) {
        const huge = JSON.stringify({ text: 'a'.repeat(1024 * 1024) });
        const params = route.pathParams.reduce((p, { name }) => p.replace(`{${name}}`, fixture.ids[`${route.path}#${name}`] ?? fixture.ids[route.path] ?? '1'), route.path);
        const actor = fixture.actorFor[route.key] ?? fixture.callerByPath(route.path) ?? 'anonymous';
        for (const announceLength of [true, false]) {
          const status = await sendAndCheck(route.key, { actor, url: params, contentType: 'application/json', body: huge, announceLength, headers: {} });
          expect(status).toBe(413);
        }
      }
    });
  }
});
