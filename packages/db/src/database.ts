import type { BatchItem } from 'drizzle-orm/batch';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type * as schema from './schema';

// The result type differs per driver (RunResult on better-sqlite3, D1Result on D1);
// business code never looks at it, so it is left open here.
export type Orm = BaseSQLiteDatabase<'sync' | 'async', unknown, typeof schema>;

export type Write = BatchItem<'sqlite'>;

/** The application's database, the same on better-sqlite3 and on Cloudflare D1. */
export interface Database {
  readonly driver: 'better-sqlite3' | 'd1';
  readonly orm: Orm;
  /**
   * Runs a group of writes atomically: one transaction on better-sqlite3, one batch
   * on D1 (which has no interactive transactions). The only way to write more than
   * one statement at once; business code never opens a transaction itself.
   */
  atomic(writes: readonly Write[]): Promise<void>;
  /** Answers true when the database can run a query. */
  ping(): Promise<boolean>;
  close(): void;
}
