import fc from 'fast-check';
import { ACTORS, type ActorName } from './fuzz-fixture';
import { hostileString, toJsonText } from './hostile-values';
import { bodyFromSchema, mutatedExample, type JsonSchema } from './schema-bodies';
import type { WriteRoute } from './write-routes';

export interface FuzzRequest {
  actor: ActorName;
  url: string;
  contentType?: string;
  body?: string | Uint8Array;
  /** Whether the request says how long its body is, as most HTTP clients do. */
  announceLength: boolean;
  headers: Record<string, string>;
}

const MALFORMED_JSON = ['{', '{"a":', '}', 'null', '[]', '"text"', '1', 'true', '{"a":1}}', '\u0000', "{'a':1}", 'NaN', '{"a":NaN}', '{"a":1e999}', '{"a":01}', '\ufeff{}', '{"a":"\\ud800"}', '[' .repeat(5000), '{"a":'.repeat(3000)];
const WRONG_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'text/html', 'image/png', 'application/octet-stream', 'application/json-patch+json', 'json'];
const BAD_IDS = ['0', '-1', '1.5', '1e308', '9223372036854775808', '99999999999999999999999', 'abc', 'NaN', '__proto__', 'constructor', '%27%3B%20DROP%20TABLE%20users%3B--', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%00', '%F0%9F%87%A8%F0%9F%87%B7', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(2000)];

const encodedHostile = hostileString.map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd')));

function pathParam(known: string | undefined): fc.Arbitrary<string> {
  const bad = fc.oneof(fc.constantFrom(...BAD_IDS), encodedHostile.filter((s) => s.length > 0), fc.string({ unit: 'grapheme-ascii', minLength: 16, maxLength: 64 }).map(encodeURIComponent));
  return known ? fc.oneof({ weight: 3, arbitrary: fc.constant(known) }, { weight: 1, arbitrary: bad }) : bad;
}

const query = fc.option(
  fc.array(fc.tuple(fc.oneof(fc.constantFrom('q', 'id', '__proto__', 'constructor[prototype]', 'role', 'page'), encodedHostile), encodedHostile), { minLength: 1, maxLength: 3 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
  { nil: '', freq: 3 },
);

function jsonBody(route: WriteRoute, components: Record<string, JsonSchema>, example: Record<string, unknown> | undefined) {
  const shaped = route.jsonBody ? bodyFromSchema(route.jsonBody, components) : fc.jsonValue();
  const fromExample = example && Object.keys(example).length > 0 ? mutatedExample(example) : shaped;
  const asJson = (arb: fc.Arbitrary<unknown>) => arb.map((v) => ({ contentType: 'application/json', body: toJsonText(v) }));
  return fc.oneof(
    { weight: 4, arbitrary: asJson(shaped) },
    { weight: 4, arbitrary: asJson(fromExample) },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_JSON).map((body) => ({ contentType: 'application/json', body })) },
    { weight: 1, arbitrary: fc.record({ contentType: fc.constantFrom(...WRONG_TYPES), body: asJson(fromExample).map((b) => b.body) }) },
    { weight: 1, arbitrary: fc.constant({ contentType: undefined, body: undefined }) },
  );
}

/** Raw bytes for the routes that read no JSON (the photo upload, the Stripe webhook). */
const rawBody = fc.oneof(
  fc.record({ contentType: fc.constantFrom('image/jpeg', 'image/png', 'image/webp', 'image/svg+xml', 'application/json', 'text/html'), body: fc.uint8Array({ maxLength: 2048 }) }),
  fc.record({
    contentType: fc.constantFrom('image/jpeg', 'image/png', 'application/json'),
    body: fc.constantFrom('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', '<html><script>alert(1)</script></html>', '\xff\xd8\xff\xe0' + 'A'.repeat(100), '\x89PNG\r\n\x1a\n' + '\0'.repeat(40), '{"id":"evt_x","type":"checkout.session.completed"}').map((s) => new Uint8Array(Buffer.from(s, 'latin1'))),
  }),
  fc.constant({ contentType: undefined, body: undefined }),
);

export function requestsFor(
  route: WriteRoute,
  components: Record<string, JsonSchema>,
  fixture: { ids: Record<string, string>; actorFor: Record<string, ActorName>; callerByPath: (path: string) => ActorName | undefined; examples: Record<string, Record<string, unknown>> },
  /** Bodies of the route's own kind (see route-specific-bodies.ts), sent as often as the generic ones. */
  ownKind?: fc.Arbitrary<{ contentType: string; body: string | Uint8Array; headers: Record<string, string> }>,
): fc.Arbitrary<FuzzRequest> {
  const preferred = fixture.actorFor[route.key] ?? fixture.callerByPath(route.path);
  const actor = preferred
    ? fc.oneof({ weight: 5, arbitrary: fc.constant(preferred) }, { weight: 1, arbitrary: fc.constantFrom(...ACTORS) })
    : fc.constantFrom(...ACTORS);
  const params = fc.tuple(...route.pathParams.map((p) => pathParam(fixture.ids[`${route.path}#${p.name}`] ?? (route.pathParams.length === 1 ? fixture.ids[route.path] : undefined))));
  const generic = route.jsonBody || fixture.examples[route.key] ? jsonBody(route, components, fixture.examples[route.key]) : rawBody;
  const body: fc.Arbitrary<{ contentType?: string; body?: string | Uint8Array; headers?: Record<string, string> }> = ownKind ? fc.oneof(generic, ownKind) : generic;
  const signature = fc.option(fc.oneof(hostileString, fc.constant('t=1,v1=00'), fc.string({ unit: 'grapheme-ascii' })), { nil: undefined });
  return fc.record({ actor, params, query, body, signature, lengthLie: fc.integer({ min: 0, max: 9 }) }).map(
    ({ actor, params, query, body, signature, lengthLie }) => {
      let path = route.path;
      route.pathParams.forEach((p, i) => (path = path.replace(`{${p.name}}`, params[i]!)));
      const headers: Record<string, string> = { ...body.headers };
      if (signature !== undefined) headers['stripe-signature'] ??= signature.replace(/[^\x20-\x7e]/g, '?');
      // One request in ten announces no length, as a chunked upload would.
      return { actor, url: `${path}${query}`, contentType: body.contentType, body: body.body, announceLength: lengthLie !== 0, headers };
    },
  );
}
