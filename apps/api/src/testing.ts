import { openSqliteDatabase } from '@solidaria/db/node';
import { createEmbeddedSearch } from '@solidaria/search';
import { silentLogger } from './logger';
import { systemClock, type Services } from './services';

/** Real services on a private in-memory SQLite database, for in-process API tests. */
export function createTestServices(overrides: Partial<Services> = {}): Services {
  const db = overrides.db ?? openSqliteDatabase(':memory:');
  return {
    db,
    search: createEmbeddedSearch(db),
    clock: systemClock,
    logger: silentLogger,
    ...overrides,
  };
}
