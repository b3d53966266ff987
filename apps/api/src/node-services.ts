import { mkdirSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { openSqliteDatabase } from '@solidaria/db/node';
import { createEmbeddedSearch, createMeilisearchEngine, INDEXES, type MeilisearchEngine } from '@solidaria/search';
import { pino } from 'pino';
import { nodePasswordHasher } from './auth/argon2-node';
import type { Config } from './config';
import { systemClock, type Services } from './services';
import { filePhotoStore } from './uploads/photo-store';
import { createStripePayments } from '@solidaria/payments';

/** What the Node hosts pass as Hono's env: the socket's request, or an in-process caller's address. */
interface NodeBindings {
  incoming?: IncomingMessage;
  clientAddress?: string;
}

/** The one-machine services: a SQLite file in DATA_DIR, embedded search, pino logs. */
export function createNodeServices(config: Config): Services & { describe(): string; meilisearch?: MeilisearchEngine } {
  mkdirSync(config.dataDir, { recursive: true });
  const databaseFile = join(config.dataDir, 'solidaria.db');
  const db = openSqliteDatabase(databaseFile);
  const logger = pino({ level: config.logLevel });
  const meilisearch = config.meilisearch
    ? createMeilisearchEngine({ db, ...config.meilisearch, definitions: INDEXES, logger })
    : undefined;
  const search = meilisearch ?? createEmbeddedSearch(db, INDEXES);
  const searchName = meilisearch ? `meilisearch ${new URL(config.meilisearch!.url).host}` : 'embedded';
  return {
    db,
    search,
    ...(meilisearch ? { meilisearch } : {}),
    clock: systemClock,
    logger,
    passwords: nodePasswordHasher,
    publicOrigin: config.origin ?? `http://localhost:${config.port}`,
    clientAddress: (c) => {
      const env = (c.env ?? {}) as NodeBindings;
      return env.clientAddress ?? env.incoming?.socket.remoteAddress ?? 'unknown';
    },
    corsOrigins: config.corsOrigins,
    candidateExposureLimit: config.candidateExposureLimit,
    photos: filePhotoStore(config.dataDir),
    ...(config.stripe ? { cardPayments: createStripePayments(config.stripe) } : {}),
    platformFeeBasisPoints: config.platformFeeBasisPoints,
    describe: () => `database sqlite ${databaseFile}, search ${searchName}`,
  };
}
