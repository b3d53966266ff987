import type { JsonSchema } from './schema-bodies';

export interface WriteRoute {
  /** "POST /api/offers/{id}", as the OpenAPI document names it. */
  key: string;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: { name: string; schema: JsonSchema }[];
  /** The JSON request body's schema, when the route documents one. */
  jsonBody?: JsonSchema;
}

type OpenApiDocument = {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema: JsonSchema }[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/** Every write route of the API, read from its OpenAPI document, so new routes are fuzzed too. */
export function writeRoutesOf(doc: OpenApiDocument): { routes: WriteRoute[]; components: Record<string, JsonSchema> } {
  const routes: WriteRoute[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      if (!WRITE_METHODS.has(method)) continue;
      routes.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase() as WriteRoute['method'],
        path,
        pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: p.schema })),
        ...(op.requestBody?.content?.['application/json']?.schema ? { jsonBody: op.requestBody.content['application/json'].schema } : {}),
      });
    }
  }
  return { routes, components: doc.components?.schemas ?? {} };
}
