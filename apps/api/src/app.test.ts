import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import type { ErrorEnvelope } from './errors';
import { createTestServices } from './testing';

const services = createTestServices();
const app = createApp(services);
afterAll(() => services.db.close());

describe('GET /api/health', () => {
  it('answers ok for the database and names the embedded search engine', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', db: 'ok', search: { engine: 'embedded', reachable: true } });
  });

  it('answers 503 when the database cannot serve', async () => {
    const broken = createTestServices();
    broken.db.close();
    const res = await createApp(broken).request('/api/health');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'error', db: 'error' });
  });
});

describe('every response', () => {
  it('carries the security headers, errors included', async () => {
    const responses = await Promise.all([
      app.request('/api/health'),
      app.request('/api/me'),
      app.request('/api/nowhere'),
      app.request('/api/municipalities', { method: 'DELETE' }),
      app.request('/api/auth/login', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }),
      app.request('/api/auth/login', { method: 'POST', body: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 401, 404, 405, 422, 415]);
    for (const res of responses) {
      const hsts = /max-age=(\d+)/.exec(res.headers.get('strict-transport-security') ?? '');
      expect(Number(hsts?.[1])).toBeGreaterThanOrEqual(31_536_000);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('carries a request id and the security headers', async () => {
    const res = await app.request('/api/health');
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});

describe('GET /api/municipalities', () => {
  it('lists the programme municipalities with country and currency', async () => {
    const res = await app.request('/api/municipalities');
    expect(res.status).toBe(200);
    const { municipalities } = (await res.json()) as { municipalities: { slug: string; country: string; currency: string }[] };
    expect(municipalities.length).toBeGreaterThanOrEqual(9);
    expect(municipalities.find((m) => m.slug === 'upala')).toMatchObject({ country: 'CR', currency: 'CRC' });
    expect(municipalities.find((m) => m.slug === 'san-pedro-sula')).toMatchObject({ country: 'HN', currency: 'HNL' });
  });
});

describe('errors', () => {
  it('answers an unknown address with a 404 envelope and no stack', async () => {
    const res = await app.request('/api/does-not-exist');
    expect(res.status).toBe(404);
    const body = (await res.json()) as ErrorEnvelope;
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
    expect(JSON.stringify(body)).not.toMatch(/at .+\.ts|Error:/);
  });

  it('answers a wrong method with a 405 envelope that says which methods are allowed', async () => {
    const res = await app.request('/api/municipalities', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(((await res.json()) as ErrorEnvelope).error.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('answers OPTIONS on a known address with the allowed methods', async () => {
    const res = await app.request('/api/health', { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('turns an unexpected failure into a 500 envelope without the stack', async () => {
    const failing = createTestServices({
      search: { ...createTestServices().search, health: () => Promise.reject(new Error('disk on fire at /srv/secret.ts:12')) },
    });
    const res = await createApp(failing).request('/api/health');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'INTERNAL' } });
    expect(text).not.toContain('disk on fire');
    expect(text).not.toContain('secret.ts');
    failing.db.close();
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every route from its schemas', async () => {
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/municipalities']));
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Health', 'Municipality', 'Error']));
  });
});

describe('cross-origin calls', () => {
  it('are closed by default: no CORS headers for another site', async () => {
    const res = await app.request('/api/municipalities', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('are open only to the origins configured', async () => {
    const services = createTestServices({ corsOrigins: ['https://partner.example'] });
    const open = createApp(services);
    const preflight = await open.request('/api/me', {
      method: 'OPTIONS',
      headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://partner.example');
    const other = await open.request('/api/me', { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    services.db.close();
  });
});
