// The API on its own, on Node: `npm run start -w apps/api`.
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { startNodeRuntime } from './node-runtime';
import { serveUntilStopped } from './serve-node';

try {
  const config = loadConfig();
  const runtime = await startNodeRuntime(config);
  serveUntilStopped(getRequestListener(createApp(runtime.services).fetch), config, runtime);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
