// Fuzzed query strings on every read route that documents query parameters (the
// searches above all, where FTS5 syntax in `q` must stay a search for words).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/app';
import { createTestServices } from '../../apps/api/src/testing';
import { buildFuzzFixture, type FuzzFixture } from './fuzz-fixture';
import { HOSTILE_NUMBERS, hostileString, PROTOTYPE_KEYS } from './hostile-values';
import { leakIn, notAnEnvelope } from './response-checks';

const RUNS_PER_ROUTE = 100;
const SEED = 20261127;

type Operation = { parameters?: { in: string; name: string }[] };
const documented = createTestServices();
const doc = (await (await createApp(documented).request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, Operation>> };
documented.db.close();
const routes = Object.entries(doc.paths).flatMap(([path, ops]) => {
  const query = (ops.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
  return ops.get && query.length > 0 && !path.includes('{') ? [{ path, query }] : [];
});

let fixture: FuzzFixture;
beforeAll(async () => {
  fixture = await buildFuzzFixture();
});
afterAll(async () => {
  await fixture?.stripe.close();
  fixture?.services.db.close();
});

const value = fc.oneof(
  hostileString.map((s) => s.replace(/[\ud800-\udfff]/g, '\ufffd')),
  fc.constantFrom(...HOSTILE_NUMBERS.map(String), '"a" NEAR( b OR c*', '^*:', 'a OR b AND NOT c', 'title:x', '*', '(', 'x'.repeat(5000)),
);

describe('fuzzed query strings on the read routes', () => {
  it('finds the searches in the OpenAPI document', () => {
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/offers', '/api/enterprises', '/api/products', '/api/taxonomy/occupations']));
  });

  for (const route of routes) {
    it(`GET ${route.path}?${route.query.join('&')}: no 5xx, no leaks, the envelope on refusal`, async () => {
      const cookie = await fixture.liveCookie(fixture.callerByPath(route.path) ?? 'anonymous');
      const anyParams = fc.array(fc.tuple(fc.constantFrom(...route.query, ...PROTOTYPE_KEYS), value), { minLength: 1, maxLength: 4 });
      // Half the time the search words alone, so the hostile ones reach the search engine.
      const params = route.query.includes('q') ? fc.oneof(anyParams, value.map((v) => [['q', v] as [string, string]])) : anyParams;
      let sent = 0;
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(params, async (pairs) => {
          const url = `${route.path}?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
          const res = await fixture.app.request(url, { headers: cookie ? { cookie } : {} });
          const text = await res.text();
          sent++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status, `${url}\n→ ${text.slice(0, 300)}\nlogged: ${fixture.errors.join('\n')}`).toBeLessThan(500);
          expect(leakIn(text), url).toBeUndefined();
          if (res.status >= 300) expect(notAnEnvelope(res.headers.get('content-type'), text), url).toBeUndefined();
        }),
        { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
      );
      expect(sent).toBe(RUNS_PER_ROUTE);
      console.log(`GET ${route.path}: ${sent} fuzzed query strings, ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`);
    });
  }
});
