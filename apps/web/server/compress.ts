import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { createGzip, type Gzip } from 'node:zlib';

// Text that shrinks; images and fonts are compressed already. Static assets arrive with
// their own Content-Encoding (adapter-node serves precompressed copies) and are left as they are.
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/i;
// Below this, gzip's header and the CPU cost outweigh the bytes saved.
const SMALLEST = 1024;

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''));

function addVary(res: ServerResponse, field: string) {
  const vary = String(res.getHeader('vary') ?? '');
  if (!vary.split(',').some((v) => v.trim().toLowerCase() === field.toLowerCase())) {
    res.setHeader('vary', vary ? `${vary}, ${field}` : field);
  }
}

// @hono/node-server declares the length of a body it holds whole on Node's own field of
// the response instead of as a header (removing the header below clears it too).
type DeclaredLength = { _contentLength?: number | null };

function shouldCompress(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === 'HEAD' || res.statusCode === 204 || res.statusCode === 304) return false;
  if (res.getHeader('content-encoding')) return false;
  const length = Number(res.getHeader('content-length') ?? (res as unknown as DeclaredLength)._contentLength ?? Number.NaN);
  if (length < SMALLEST) return false;
  return COMPRESSIBLE.test(String(res.getHeader('content-type') ?? ''));
}

/**
 * Gzips the server-rendered pages and the API's JSON (and any other text a handler writes)
 * on the way out, for clients that accept it: a page of 15 KB reaches a slow phone as 4 KB. The
 * handler keeps writing to `res` as before; the decision is taken when its headers go out.
 */
export function compressResponse(req: IncomingMessage, res: ServerResponse): void {
  if (!acceptsGzip(req)) return;
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let gzip: Gzip | null = null;
  let decided = false;

  const decide = () => {
    if (decided) return;
    decided = true;
    const compress = shouldCompress(req, res);
    // Whether or not this answer is compressed, a cache must keep the two apart.
    if (COMPRESSIBLE.test(String(res.getHeader('content-type') ?? ''))) addVary(res, 'Accept-Encoding');
    if (!compress) return;
    res.setHeader('content-encoding', 'gzip');
    res.removeHeader('content-length');
    const etag = res.getHeader('etag');
    // The bytes differ from the uncompressed ones: the tag can only be weak.
    if (typeof etag === 'string' && !etag.startsWith('W/')) res.setHeader('etag', `W/${etag}`);
    gzip = createGzip();
    gzip.on('data', (chunk: Buffer) => {
      if (!write(chunk)) gzip?.pause();
    });
    res.on('drain', () => gzip?.resume());
    // The handler waits for 'drain' on the response when a write was refused.
    gzip.on('drain', () => res.emit('drain'));
    gzip.on('end', () => end());
    gzip.on('error', (error) => res.destroy(error));
  };

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    // Raw header lists are passed on untouched, uncompressed (nothing here writes them).
    if (rest.some(Array.isArray)) {
      decided = true;
      return writeHead(status, ...rest);
    }
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null && !Array.isArray(arg)) as OutgoingHttpHeaders | undefined;
    const message = rest.find((arg) => typeof arg === 'string') as string | undefined;
    res.statusCode = status;
    if (message) res.statusMessage = message;
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) res.setHeader(name, value);
    decide();
    return writeHead(status);
  }) as ServerResponse['writeHead'];

  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    decide();
    if (!gzip) return write(chunk, ...rest);
    const callback = rest.find((arg) => typeof arg === 'function') as ((error?: Error | null) => void) | undefined;
    const encoding = rest.find((arg) => typeof arg === 'string') as BufferEncoding | undefined;
    return gzip.write(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : (chunk as Buffer), callback);
  }) as ServerResponse['write'];

  res.end = ((...args: unknown[]) => {
    decide();
    if (!gzip) return end(...args);
    const [chunk] = args;
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    if (callback) res.once('finish', callback);
    const encoding = args.find((arg, i) => i > 0 && typeof arg === 'string') as BufferEncoding | undefined;
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      gzip.end(typeof chunk === 'string' ? Buffer.from(chunk, encoding) : (chunk as Buffer));
    } else {
      gzip.end();
    }
    return res;
  }) as ServerResponse['end'];
}
