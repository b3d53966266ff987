// The API on Cloudflare Workers with D1 (`wrangler dev`, `wrangler deploy`; see wrangler.toml).
// Nothing here may reach Node built-ins: not node-services.ts, config.ts, pino, or
// '@solidaria/db/node' (better-sqlite3), or the bundle stops building for workerd.
import type { D1Database, ExecutionContext } from '@cloudflare/workers-types';
import { openD1Database } from '@solidaria/db/d1';
import { createEmbeddedSearch } from '@solidaria/search';
import { createApp } from './app';
import { createConsoleLogger } from './console-logger';
import { systemClock, type Services } from './services';

/** The bindings wrangler.toml declares. */
export interface WorkerEnv {
  DB: D1Database;
}

type App = ReturnType<typeof createApp>;

// An isolate serves many requests; the app (its routes, OpenAPI registry, drizzle
// instance) is built once per D1 binding object instead of on every request.
const apps = new WeakMap<D1Database, App>();

function appFor(binding: D1Database): App {
  let app = apps.get(binding);
  if (!app) {
    const db = openD1Database(binding);
    const services: Services = {
      db,
      search: createEmbeddedSearch(db),
      clock: systemClock,
      logger: createConsoleLogger(),
    };
    app = createApp(services);
    apps.set(binding, app);
  }
  return app;
}

export default {
  // `Request` and `Response` are the standard (DOM lib) types that Hono speaks; the
  // Workers runtime passes and accepts objects of exactly that shape.
  fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Response | Promise<Response> {
    return appFor(env.DB).fetch(request, env, ctx);
  },
};
