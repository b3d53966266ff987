import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { fileURLToPath } from 'node:url';
import type { Database, Orm } from './database';
import * as schema from './schema';

export * from './taxonomy/esco-import';

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

const STATEMENTS_KEPT = 2_000;

/**
 * drizzle asks SQLite to prepare every query again, and under load preparing cost more
 * than running (a tenth of a busy server's time). Statements are kept by their SQL text
 * (the values are bound, so the texts are few) and handed out again, reset to plain
 * rows: drizzle switches a statement to arrays (`raw`) for some queries. better-sqlite3
 * runs one statement at a time and no code here iterates a statement, so sharing is safe.
 */
function reusePreparedStatements(client: BetterSqlite3.Database) {
  const prepare = client.prepare.bind(client);
  const kept = new Map<string, BetterSqlite3.Statement>();
  client.prepare = ((source: string) => {
    let statement = kept.get(source);
    if (statement === undefined) {
      statement = prepare(source);
      if (kept.size >= STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
      kept.set(source, statement);
    } else if (statement.reader) {
      statement.raw(false).pluck(false).expand(false);
    }
    return statement;
  }) as typeof client.prepare;
}

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
  reusePreparedStatements(client);

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
