import fc from 'fast-check';
import { extraKey, hostileNumber, hostileString, rawObject, wrongValue } from './hostile-values';

// Bodies shaped like a route's OpenAPI request schema, so fuzzing reaches past "not an
// object" into each field: every field is a plausible value, a hostile one, a value of
// the wrong type, or missing, and extra keys ride along.
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
};

const MAX_DEPTH = 4;

export function bodyFromSchema(schema: JsonSchema, components: Record<string, JsonSchema>, depth = 0): fc.Arbitrary<unknown> {
  const plausible = plausibleValue(schema, components, depth);
  return fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: wrongValue });
}

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  let s = schema;
  for (let i = 0; s.$ref && i < 10; i++) s = components[s.$ref.replace('#/components/schemas/', '')] ?? {};
  return s;
}

function plausibleValue(raw: JsonSchema, components: Record<string, JsonSchema>, depth: number): fc.Arbitrary<unknown> {
  const schema = resolve(raw, components);
  if (depth > MAX_DEPTH) return wrongValue;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants && variants.length > 0) return fc.oneof(...variants.map((v) => plausibleValue(v, components, depth + 1)));
  if (schema.allOf && schema.allOf.length > 0) return plausibleValue(Object.assign({}, ...schema.allOf.map((s) => resolve(s, components))), components, depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: hostileString });
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return objectValue(schema, components, depth);
    case 'array':
      return fc.array(bodyFromSchema(schema.items ?? {}, components, depth + 1), { maxLength: 4 });
    case 'string':
      return fc.oneof(hostileString, fc.string({ maxLength: 20 }), fc.constantFrom('2026-12-01', 'a@example.org', '+50688001122', 'es', 'Upala'));
    case 'integer':
      return fc.oneof(fc.integer({ min: schema.minimum ?? -5, max: Math.min(schema.maximum ?? 5, (schema.minimum ?? 0) + 10) }), hostileNumber);
    case 'number':
      return fc.oneof(fc.double({ noNaN: true }), hostileNumber);
    case 'boolean':
      return fc.boolean();
    default:
      return wrongValue;
  }
}

function objectValue(schema: JsonSchema, components: Record<string, JsonSchema>, depth: number) {
  const fields = Object.entries(schema.properties ?? {}).map(([key, field]) =>
    // undefined: the field is left out.
    fc.option(bodyFromSchema(field, components, depth + 1), { nil: undefined, freq: 5 }).map((v) => [key, v] as const),
  );
  const extras = fc.array(fc.tuple(extraKey, wrongValue), { maxLength: 2 });
  return fc.tuple(fc.tuple(...fields), extras).map(([present, extra]) =>
    rawObject([...present.filter(([, v]) => v !== undefined), ...extra] as (readonly [string, unknown])[]),
  );
}

/** A valid example with one or two fields broken: replaced, removed, or joined by extra keys. */
export function mutatedExample(example: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(example);
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), key: fc.constantFrom(...keys), value: fc.oneof(hostileString, wrongValue) }),
    fc.record({ kind: fc.constant('remove' as const), key: fc.constantFrom(...keys), value: fc.constant(undefined) }),
    fc.record({ kind: fc.constant('add' as const), key: extraKey, value: wrongValue }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 2 }).map((mutations) => {
    let entries: (readonly [string, unknown])[] = Object.entries(example);
    for (const m of mutations) {
      if (m.kind === 'remove') entries = entries.filter(([k]) => k !== m.key);
      else if (m.kind === 'replace') entries = entries.map(([k, v]) => [k, k === m.key ? m.value : v] as const);
      else entries = [...entries, [m.key, m.value] as const];
    }
    return rawObject(entries);
  });
}
