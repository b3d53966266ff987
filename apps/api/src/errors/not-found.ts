import type { Hono, NotFoundHandler } from 'hono';
import { TrieRouter } from 'hono/router/trie-router';
import { errorResponse } from './envelope';

/**
 * Answers unmatched requests: 405 with `Allow` when the path exists for another method,
 * 204 with `Allow` for OPTIONS on such a path, 404 otherwise.
 */
// `any`: apps of every shape are accepted; only their route table is read.
export function handleNotFound(app: Pick<Hono<any, any, any>, 'routes'>): NotFoundHandler {
  let router: TrieRouter<string> | undefined;
  let methods: string[] = [];

  const allowedMethods = (path: string): string[] => {
    if (!router) {
      router = new TrieRouter<string>();
      const endpoints = app.routes.filter((r) => r.method !== 'ALL');
      for (const r of endpoints) router.add(r.method, r.path, r.method);
      methods = [...new Set(endpoints.map((r) => r.method))];
    }
    const allowed = methods.filter((m) => router!.match(m, path)[0].length > 0);
    return allowed.includes('GET') ? [...allowed, 'HEAD'] : allowed;
  };

  return (c) => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.length === 0) return errorResponse(c, 'NOT_FOUND', 'There is nothing at this address.');
    const allow = [...allowed, 'OPTIONS'].join(', ');
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { allow });
    return errorResponse(c, 'METHOD_NOT_ALLOWED', `This address accepts ${allowed.join(', ')} only.`, undefined, { allow });
  };
}
