// The API on its own, on Node: `npm run start -w apps/api`.
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createNodeServices } from './node-services';
import { serveUntilStopped } from './serve-node';

try {
  const config = loadConfig();
  const services = createNodeServices(config);
  serveUntilStopped(getRequestListener(createApp(services).fetch), config, services);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
