import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compressResponse } from './compress';

const page = `<!doctype html><html lang="es"><body>${'<p>Cocinero o cocinera en Upala</p>'.repeat(200)}</body></html>`;
let server: Server | undefined;

async function serve(listener: RequestListener): Promise<string> {
  server = createServer((req, res) => {
    compressResponse(req, res);
    listener(req, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

// fetch() would undo the gzip itself; node:http shows the bytes as they were sent.
async function raw(url: string, headers: Record<string, string> = {}, method = 'GET') {
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(url, { headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe('compressing what the web handler writes', () => {
  it('gzips a page written in chunks, as SvelteKit streams it, for a browser that accepts gzip', async () => {
    const url = await serve((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.setHeader('content-length', Buffer.byteLength(page));
      res.setHeader('etag', '"abc"');
      res.setHeader('vary', 'Cookie');
      res.writeHead(200);
      res.write(page.slice(0, 1000));
      res.end(page.slice(1000));
    });
    const answer = await raw(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['vary']).toBe('Cookie, Accept-Encoding');
    expect(answer.headers['etag']).toBe('W/"abc"');
    expect(answer.body.length).toBeLessThan(page.length / 10);
    expect(gunzipSync(answer.body).toString()).toBe(page);
  });

  it('sends the page as it is to a client without gzip, for HEAD, and for answers without a body', async () => {
    const url = await serve((req, res) => {
      if (req.url === '/not-modified') return res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : page);
    });
    const plain = await raw(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
    const head = await raw(url, { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.headers['content-encoding']).toBeUndefined();
    const notModified = await raw(`${url}/not-modified`, { 'accept-encoding': 'gzip' });
    expect([notModified.status, notModified.headers['content-encoding'], notModified.body.length]).toEqual([304, undefined, 0]);
  });

  it('leaves images, tiny answers, raw header lists and files already compressed alone', async () => {
    const image = Buffer.alloc(5000, 7);
    const url = await serve((req, res) => {
      if (req.url === '/photo.webp') return res.writeHead(200, { 'content-type': 'image/webp', 'content-length': image.length }).end(image);
      if (req.url === '/raw') return res.writeHead(200, ['content-type', 'text/html', 'x-kind', 'raw']).end(page);
      if (req.url === '/tiny') return res.writeHead(200, { 'content-type': 'text/html', 'content-length': 12 }).end('<p>hola</p>\n');
      res.writeHead(200, { 'content-type': 'text/css', 'content-encoding': 'br' }).end(Buffer.from('already brotli'));
    });
    const accept = { 'accept-encoding': 'gzip' };
    const photo = await raw(`${url}/photo.webp`, accept);
    expect([photo.headers['content-encoding'], photo.body.equals(image)]).toEqual([undefined, true]);
    const tiny = await raw(`${url}/tiny`, accept);
    expect([tiny.headers['content-encoding'], tiny.body.toString()]).toEqual([undefined, '<p>hola</p>\n']);
    const rawHeaders = await raw(`${url}/raw`, accept);
    expect([rawHeaders.headers['content-encoding'], rawHeaders.headers['x-kind'], rawHeaders.body.toString()]).toEqual([undefined, 'raw', page]);
    const css = await raw(`${url}/style.css`, accept);
    expect([css.headers['content-encoding'], css.body.toString()]).toEqual(['br', 'already brotli']);
  });
});

describe('compressing the API’s answers, as @hono/node-server writes them', () => {
  const offers = { results: Array.from({ length: 40 }, (_, i) => ({ id: i, title: 'Ayudante de cocina', municipality: 'Upala' })) };
  const api = new Hono()
    .get('/api/offers', (c) => c.json(offers))
    .get('/api/health', (c) => c.json({ status: 'ok' }));

  it('gzips a large JSON answer whose length the adapter declared, and the bytes come back whole', async () => {
    const url = await serve(getRequestListener(api.fetch));
    const answer = await raw(`${url}/api/offers`, { 'accept-encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['content-length']).toBeUndefined();
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(answer.body.length).toBeLessThan(JSON.stringify(offers).length / 5);
    expect(JSON.parse(gunzipSync(answer.body).toString())).toEqual(offers);
  });

  it('sends a small JSON answer as it is, with its length', async () => {
    const url = await serve(getRequestListener(api.fetch));
    const answer = await raw(`${url}/api/health`, { 'accept-encoding': 'gzip' });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['content-length']).toBe(String(answer.body.length));
    expect(JSON.parse(answer.body.toString())).toEqual({ status: 'ok' });
  });
});
