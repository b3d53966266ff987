import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteDatabase } from '@solidaria/db/node';
import { createEmbeddedSearch } from '@solidaria/search';
import { pino } from 'pino';
import type { Config } from './config';
import { systemClock, type Services } from './services';

/** The one-machine services: a SQLite file in DATA_DIR, embedded search, pino logs. */
export function createNodeServices(config: Config): Services & { describe(): string } {
  mkdirSync(config.dataDir, { recursive: true });
  const databaseFile = join(config.dataDir, 'solidaria.db');
  const db = openSqliteDatabase(databaseFile);
  const search = createEmbeddedSearch(db);
  return {
    db,
    search,
    clock: systemClock,
    logger: pino({ level: config.logLevel }),
    describe: () => `database sqlite ${databaseFile}, search ${search.name}`,
  };
}
