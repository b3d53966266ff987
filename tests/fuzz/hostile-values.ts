import fc from 'fast-check';

// What an attacker or a broken client sends: each string is valid JSON text once
// serialised, so it reaches the handlers and the database, not only the JSON parser.
export const HOSTILE_STRINGS = [
  "'; DROP TABLE users;--",
  "1' OR '1'='1",
  'Robert"); DELETE FROM offers; --',
  '"a" NEAR( b OR c*',
  '^*:',
  'title:"x" AND -',
  '*',
  '"',
  'NEAR(a b, -1)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '\u0000\u0001\u0007\u001b[31m\u007f',
  '\r\nSet-Cookie: x=1',
  '\ud800',
  'a\udfffb',
  '\u202e\u200b\ufeff',
  '../../../../etc/passwd',
  '%00%27%22',
  '',
  ' ',
  'ñandú Ñ café über 漢字 🇨🇷👩🏽‍🌾',
];

/** Numbers no field expects: too large, too precise, negative zero, or numbers as strings. */
export const HOSTILE_NUMBERS: readonly unknown[] = [
  1e308, -1e308, -0, 2 ** 63, -(2 ** 63), 2 ** 53 + 1, Number.MAX_SAFE_INTEGER, 0.1 + 0.2, -1, 0, 1.5, 'NaN', 'Infinity', '-0', '1e308', '9223372036854775808', '0x10',
];

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

export const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  // Any code point, lone surrogates and control characters included.
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS).map((s) => s.repeat(200)) },
);

export const hostileNumber = fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.double(), fc.integer());

/** Any JSON value of a type a field is unlikely to expect, prototype keys included. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom(null, true, false, [], {}, [[[[]]]]),
  fc.constantFrom(...PROTOTYPE_KEYS).map((key) => rawObject([[key, { isAdmin: true, polluted: 'yes' }]])),
  fc.array(hostileString, { maxLength: 3 }),
);

/** An object kept as key/value pairs, so `__proto__` and duplicate keys survive serialisation. */
export interface RawObject {
  readonly entries: readonly (readonly [string, unknown])[];
}
export const rawObject = (entries: readonly (readonly [string, unknown])[]): RawObject => ({ entries });
const isRawObject = (v: unknown): v is RawObject => typeof v === 'object' && v !== null && 'entries' in v && Array.isArray((v as RawObject).entries);

/** JSON text for a value that may hold raw objects; lone surrogates are escaped as JSON allows. */
export function toJsonText(value: unknown): string {
  if (isRawObject(value)) return `{${value.entries.map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`).join(',')}}`;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  if (Object.is(value, -0)) return '-0';
  return JSON.stringify(value) ?? 'null';
}

export const extraKey = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, 'isAdmin', 'role', 'roles', 'userId', 'id', 'verification', 'status'), hostileString);
