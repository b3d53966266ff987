import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { requestId } from 'hono/request-id';
import { describe, expect, it } from 'vitest';
import { handleError, validationHook, type ErrorEnvelope } from '../errors';
import { silentLogger } from '../logger';
import { acceptBodyTypes, limitBody } from './body-rules';

// A small app with one write route, built with the same middleware and hook as the API.
function appWithEchoRoute() {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.use(requestId(), limitBody(1024), acceptBodyTypes('application/json'));
  app.onError(handleError(silentLogger));
  const echo = createRoute({
    method: 'post',
    path: '/echo',
    request: {
      query: z.object({ page: z.coerce.number().int().min(1).default(1) }),
      body: { required: true, content: { 'application/json': { schema: z.object({ name: z.string().min(2) }) } } },
    },
    responses: { 200: { description: 'echo' } },
  });
  return app.openapi(echo, (c) => c.json({ name: c.req.valid('json').name }, 200));
}

const app = appWithEchoRoute();
const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }, query = '') =>
  app.request(`/echo${query}`, { method: 'POST', body, headers });
const errorOf = async (res: Response) => ((await res.json()) as ErrorEnvelope).error;

describe('request bodies', () => {
  it('accepts a valid JSON body', async () => {
    const res = await post(JSON.stringify({ name: 'Ana' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ name: 'Ana' });
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await post(JSON.stringify({ name: 'x'.repeat(2000) }));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a form body with 415', async () => {
    const res = await post('name=Ana', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect((await errorOf(res)).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await post('{"name": ');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('BAD_REQUEST');
  });

  it('refuses invalid values with 422 and names each field', async () => {
    const res = await post(JSON.stringify({ name: 'A' }));
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(error.fields ?? {})).toEqual(['name']);
  });

  it('validates the query string through the same hook', async () => {
    const res = await post(JSON.stringify({ name: 'Ana' }), undefined, '?page=0');
    expect(res.status).toBe(422);
    expect(Object.keys((await errorOf(res)).fields ?? {})).toEqual(['page']);
  });
});
