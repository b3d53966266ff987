import { resolve } from 'node:path';
import { z } from 'zod';

// The only file that reads process.env. Every setting is checked here, so a bad value
// stops start-up with a message naming the variable instead of failing later.
const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DEMO: z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1'),
  MEILISEARCH_URL: z.url({ protocol: /^https?$/ }).optional(),
  MEILISEARCH_KEY: z.string().min(1).optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  SMTP_FROM: z.string().min(3).max(200).optional(),
  CORS_ORIGINS: z
    .string()
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ })))
    .default([]),
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_\w+$/).optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_\w+$/).optional(),
  // Only for tests and staging: where the Stripe SDK sends its requests (a local Stripe double).
  STRIPE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  // The platform's cut of each card order paid to a vendor's Connect account: 0–10 000 (100 %).
  PLATFORM_FEE_BASIS_POINTS: z.string().regex(/^\d{1,5}$/, 'a whole number of basis points').transform(Number).pipe(z.number().int().max(10_000)).default(0),
  CANDIDATE_EXPOSURE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(20),
  ORIGIN: z
    .url({ protocol: /^https?$/ })
    .transform((url) => new URL(url).origin)
    .optional(),
});

export interface Config {
  port: number;
  host: string;
  /** Absolute path of the folder that holds the database and uploads. */
  dataDir: string;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  /** The public address when behind a TLS-terminating proxy (e.g. https://empleo.upala.go.cr). */
  origin?: string;
  /** Seed demo accounts and data into an empty database (quick start); false in production. */
  demo: boolean;
  /** Deliver the outbox's e-mail through this SMTP server; otherwise it stays in the outbox. */
  /** Search on this Meilisearch server instead of the embedded engine. */
  meilisearch?: { url: string; apiKey?: string };
  smtpUrl?: string;
  /** The sender of outgoing e-mail, e.g. `Solidaria Upala <empleo@upala.go.cr>`. */
  smtpFrom?: string;
  corsOrigins: string[];
  /** Card payments: both Stripe secrets, or none. */
  stripe?: { secretKey: string; webhookSecret: string; host?: string; port?: number; protocol?: 'http' | 'https' };
  /** The platform fee on card orders to vendors' Connect accounts, in basis points (default 0). */
  platformFeeBasisPoints: number;
  /** In how many open offers' top candidate lists of one occupation a person may appear in a week before others go first. */
  candidateExposureLimit: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(present[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration. ${problems.join('; ')}`);
  }
  const c = parsed.data;
  if (Boolean(c.STRIPE_SECRET_KEY) !== Boolean(c.STRIPE_WEBHOOK_SECRET)) {
    throw new ConfigError('Invalid configuration. STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together: set both for card payments, or neither.');
  }
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.DATA_DIR),
    logLevel: c.LOG_LEVEL,
    origin: c.ORIGIN,
    demo: c.DEMO,
    meilisearch: c.MEILISEARCH_URL ? { url: c.MEILISEARCH_URL, ...(c.MEILISEARCH_KEY ? { apiKey: c.MEILISEARCH_KEY } : {}) } : undefined,
    smtpUrl: c.SMTP_URL,
    smtpFrom: c.SMTP_FROM,
    corsOrigins: c.CORS_ORIGINS,
    candidateExposureLimit: c.CANDIDATE_EXPOSURE_LIMIT,
    stripe: c.STRIPE_SECRET_KEY && c.STRIPE_WEBHOOK_SECRET ? { secretKey: c.STRIPE_SECRET_KEY, webhookSecret: c.STRIPE_WEBHOOK_SECRET, ...stripeApi(c.STRIPE_API_URL) } : undefined,
    platformFeeBasisPoints: c.PLATFORM_FEE_BASIS_POINTS,
  };
}

function stripeApi(url: string | undefined): { host?: string; port?: number; protocol?: 'http' | 'https' } {
  if (!url) return {};
  const parsed = new URL(url);
  const protocol = parsed.protocol === 'http:' ? 'http' : 'https';
  return { host: parsed.hostname, port: parsed.port ? Number(parsed.port) : protocol === 'http' ? 80 : 443, protocol };
}

/**
 * Tells adapter-node (which reads its own variables) how to know the address a page
 * was asked for: the configured ORIGIN, or else the request's own protocol, which the
 * one-process host writes into X-Forwarded-Proto. Form posts are checked against it.
 */
export function configureWebAdapter(config: Config): void {
  // A vendor's photo comes through a form (no JavaScript needed): room for the API's 8 MB
  // limit, so a larger photo reaches the API and the form says it is too big.
  process.env.BODY_SIZE_LIMIT ??= String(9 * 1024 * 1024);
  if (config.origin) process.env.ORIGIN = config.origin;
  else process.env.PROTOCOL_HEADER = 'x-forwarded-proto';
}
