// The API on Cloudflare Workers with D1 (`wrangler dev`, `wrangler deploy`; see wrangler.toml).
// Nothing here may reach Node built-ins: not node-services.ts, config.ts, pino,
// '@solidaria/db/node' (better-sqlite3) or auth/argon2-node.ts (@node-rs/argon2), or the
// bundle stops building for workerd.
import type { D1Database, ExecutionContext } from '@cloudflare/workers-types';
import { openD1Database } from '@solidaria/db/d1';
import { createEmbeddedSearch, INDEXES, reindexWhereMissing } from '@solidaria/search';
// wrangler bundles these as compiled WebAssembly modules (its default rule for *.wasm);
// workerd cannot compile WebAssembly from bytes at run time, as the library does on Node.
import argon2WASM from 'argon2-wasm-edge/wasm/argon2.wasm';
import blake2bWASM from 'argon2-wasm-edge/wasm/blake2b.wasm';
import { createApp } from './app';
import { createWasmPasswordHasher } from './auth/argon2-wasm';
import { createConsoleLogger } from './console-logger';
import { systemClock, type Services } from './services';
import { createStripePayments } from '@solidaria/payments';

/** The bindings and variables wrangler.toml declares. */
export interface WorkerEnv {
  DB: D1Database;
  /** The public address, for links in e-mails (e.g. https://solidaria.example.org). */
  ORIGIN?: string;
  /** Comma-separated origins allowed to call the API from a browser; none if unset. */
  CORS_ORIGINS?: string;
  /** Card payments, as on Node: both secrets (`wrangler secret put`), or neither. */
  STRIPE_SECRET_KEY?: string;
  STRIPE_WEBHOOK_SECRET?: string;
  /** The platform fee on card orders to vendors' Connect accounts, in basis points (0–10000); 0 if unset. */
  PLATFORM_FEE_BASIS_POINTS?: string;
}

/** The platform fee setting, as on Node (config.ts): whole basis points up to 100 %. */
function feeBasisPointsOf(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 10_000) {
    throw new Error(`Invalid configuration. PLATFORM_FEE_BASIS_POINTS: expected whole basis points from 0 to 10000 (got ${JSON.stringify(value)})`);
  }
  return Number(value);
}

type App = ReturnType<typeof createApp>;

const passwords = createWasmPasswordHasher({ argon2WASM, blake2bWASM });

/** An http(s) address reduced to its origin; a bad setting stops the worker with its name. */
function originOf(value: string, variable: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(`Invalid configuration. ${variable}: expected an http(s) URL (got ${JSON.stringify(value)})`);
  }
  return url.origin;
}

// An isolate serves many requests; the app (its routes, OpenAPI registry, drizzle
// instance) is built once per D1 binding object instead of on every request. The
// variables belong to the same deployment as the binding, so they cannot differ.
const apps = new WeakMap<D1Database, { app: App; ready: Promise<unknown> }>();

function appFor(env: WorkerEnv): { app: App; ready: Promise<unknown> } {
  let built = apps.get(env.DB);
  if (!built) {
    const db = openD1Database(env.DB);
    const services: Services = {
      db,
      search: createEmbeddedSearch(db, INDEXES),
      clock: systemClock,
      logger: createConsoleLogger(),
      passwords,
      // Never the request's own URL: its Host header is the caller's to choose, and
      // password-reset links built from it could point at an attacker's site. Unset
      // means `wrangler dev` on its default port.
      publicOrigin: env.ORIGIN ? originOf(env.ORIGIN, 'ORIGIN') : 'http://localhost:8787',
      // Cloudflare's edge sets it to the connecting address and overwrites a client's own.
      clientAddress: (c) => c.req.header('cf-connecting-ip') ?? 'unknown',
      corsOrigins: (env.CORS_ORIGINS ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean)
        .map((o) => originOf(o, 'CORS_ORIGINS')),
      // The SDK's worker build uses fetch, and the webhook check SubtleCrypto.
      ...(env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET
        ? { cardPayments: createStripePayments({ secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET }) }
        : {}),
      platformFeeBasisPoints: feeBasisPointsOf(env.PLATFORM_FEE_BASIS_POINTS),
    };
    // The search tables are derived data: created, and filled from D1, before serving.
    const ready = services.search.applySettings().then(() => reindexWhereMissing(db, services.search));
    built = { app: createApp(services), ready };
    apps.set(env.DB, built);
  }
  return built;
}

export default {
  // `Request` and `Response` are the standard (DOM lib) types that Hono speaks; the
  // Workers runtime passes and accepts objects of exactly that shape.
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    const { app, ready } = appFor(env);
    await ready;
    return app.fetch(request, env, ctx);
  },
};
