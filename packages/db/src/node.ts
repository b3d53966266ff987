import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { fileURLToPath } from 'node:url';
import type { Database, Orm } from './database';
import * as schema from './schema';

export * from './taxonomy/esco-import';

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/**
 * Opens (or creates) the SQLite file, sets the pragmas a crash-safe server needs and
 * applies every pending migration. `:memory:` gives a private in-memory database.
 */
export function openSqliteDatabase(file: string): Database {
  const client = new BetterSqlite3(file);
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = FULL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  const orm = drizzle({ client, schema });
  migrate(orm, { migrationsFolder });

  return {
    driver: 'better-sqlite3',
    orm: orm as Orm,
    async atomic(writes) {
      // better-sqlite3 runs synchronously, so the whole group sits in one transaction.
      client.transaction(() => {
        for (const write of writes) (write as unknown as { run(): unknown }).run();
      })();
    },
    async ping() {
      try {
        orm.get(sql`select 1`);
        return true;
      } catch {
        return false;
      }
    },
    close() {
      if (client.open) client.close();
    },
  };
}
