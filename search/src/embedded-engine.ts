import type { Database } from '@solidaria/db';
import type { SearchEngine } from './port';

/**
 * The default engine: FTS5 tables inside the application's own database, so the index
 * is written in the same atomic unit as the rows it mirrors and is healthy exactly when
 * the database is.
 */
export function createEmbeddedSearch(db: Database): SearchEngine {
  return {
    name: 'embedded',
    async health() {
      return { engine: 'embedded', ok: await db.ping() };
    },
  };
}
