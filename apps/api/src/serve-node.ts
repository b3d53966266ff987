import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import type { NodeRuntime } from './node-runtime';

/**
 * Serves on Node until SIGTERM or SIGINT, then closes the server (letting requests in
 * flight finish) and only after it the database.
 */
export function serveUntilStopped(listener: RequestListener, config: Config, runtime: NodeRuntime) {
  const { logger } = runtime.services;
  const server = createServer(listener);
  server.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
    logger.info({ port, dataDir: config.dataDir }, `Solidaria listening on http://${host}:${port} (${runtime.describe()})`);
  });

  let stopping = false;
  const exit = () => {
    void runtime.close().finally(() => process.exit(0));
  };
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close(exit);
    server.closeIdleConnections();
    // Keep-alive sockets that never go idle must not hold the process forever.
    setTimeout(exit, 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return server;
}
