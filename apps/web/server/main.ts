// The one-process host behind `npm start`: the web app and, at /api, the API, on one
// port, with one database. Run it after `vite build` (scripts/start.ts does both).
import { getRequestListener } from '@hono/node-server';
import { createApp } from '@solidaria/api';
import { ConfigError, configureWebAdapter, loadConfig } from '@solidaria/api/config';
import { startNodeRuntime } from '@solidaria/api/node-runtime';
import { serveUntilStopped } from '@solidaria/api/serve-node';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { attachApi } from '../src/lib/server/in-process-api';
import { compressResponse } from './compress';

type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

const isApiPath = (url = '/') => url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');

try {
  const config = loadConfig();
  const runtime = await startNodeRuntime(config);
  const api = createApp(runtime.services);
  const apiListener = getRequestListener(api.fetch);
  configureWebAdapter(config);
  // adapter-node's handler: static files (precompressed, cached) and server rendering.
  const { handler } = (await import(new URL('../build/handler.js', import.meta.url).href)) as { handler: NodeHandler };

  serveUntilStopped(
    (req, res) => {
      compressResponse(req, res);
      if (isApiPath(req.url)) return apiListener(req, res);
      // Calls from server-side rendering carry the browser's address, for rate limits.
      const clientAddress = req.socket.remoteAddress ?? 'unknown';
      attachApi(req, (request) => api.fetch(request, { clientAddress }));
      // This server speaks plain HTTP; behind a TLS proxy, ORIGIN says so instead.
      if (!config.origin) req.headers['x-forwarded-proto'] = 'http';
      handler(req, res);
    },
    config,
    runtime,
  );
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
