import { serve } from '@hono/node-server';
import type { Config } from './config';
import type { Services } from './services';

type Fetch = (request: Request) => Response | Promise<Response>;

/**
 * Serves `fetch` on Node until SIGTERM or SIGINT, then closes the server (letting
 * requests in flight finish) and only after it the database.
 */
export function serveUntilStopped(fetch: Fetch, config: Config, services: Services & { describe(): string }) {
  const server = serve({ fetch, port: config.port, hostname: config.host }, (info) => {
    const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
    services.logger.info(
      { port: info.port, dataDir: config.dataDir },
      `Solidaria listening on http://${host}:${info.port} (${services.describe()})`,
    );
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    services.logger.info({ signal }, 'shutting down');
    server.close(() => {
      services.db.close();
      process.exit(0);
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
    // Keep-alive sockets that never go idle must not hold the process forever.
    setTimeout(() => {
      services.db.close();
      process.exit(0);
    }, 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return server;
}
