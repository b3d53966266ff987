import { createHash } from 'node:crypto';
import type { Database } from '@solidaria/db';
import { sql } from 'drizzle-orm';

// What a refused request may legitimately write, and why (each a WHERE clause of the
// rows that are compared; everything else in every table must stay as it was):
// - rate_limits: counting attempts, refused ones included, is what a rate limit is; a
//   limit that only counted successes would never stop a password-guessing run.
// - audit_log, only its failed sign-in rows: the office must see password guessing,
//   so a refused password or TOTP code is recorded on purpose. Any other audit row
//   written by a refused request is a change.
// - sqlite_sequence, only the counters of those two tables (they move with their rows).
export const ROWS_COMPARED: Record<string, string> = {
  rate_limits: 'false',
  audit_log: "action not in ('login.failed', 'login.totp_failed')",
  sqlite_sequence: "name not in ('rate_limits', 'audit_log')",
};

const rowsOf = (db: Database, query: string) => db.orm.all(sql.raw(query)) as unknown as Record<string, unknown>[];

/**
 * A SHA-256 of each table's content (the rows ROWS_COMPARED keeps). Rows are read in storage
 * order, which is stable while a table is unchanged.
 */
export function tableHashes(db: Database): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const { name } of rowsOf(db, "select name from sqlite_master where type = 'table' and (sql is null or sql not like 'CREATE VIRTUAL TABLE%') order by name") as { name: string }[]) {
    const rows = rowsOf(db, `select * from "${name.replaceAll('"', '""')}" where ${ROWS_COMPARED[name] ?? 'true'}`);
    hashes[name] = createHash('sha256').update(JSON.stringify(rows, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))).digest('hex');
  }
  hashes['sqlite_master'] = createHash('sha256').update(JSON.stringify(rowsOf(db, 'select type, name, sql from sqlite_master order by name'))).digest('hex');
  return hashes;
}

/**
 * Moves whenever anything is written: rows inserted, updated or deleted on this
 * connection (triggers and FTS5 tables included), or the schema changed. While it
 * stands still the tables need not be hashed again.
 */
export function writeCounter(db: Database): string {
  const [changes] = rowsOf(db, 'select total_changes() as n');
  const [schema] = rowsOf(db, 'select schema_version as v from pragma_schema_version()');
  return `${String(changes?.n)}/${String(schema?.v)}`;
}

/** The table hashes, computed again only when something was written since the last call. */
export function fingerprints(db: Database) {
  let cached: { counter: string; hashes: Record<string, string> } | undefined;
  return (): Record<string, string> => {
    const counter = writeCounter(db);
    if (cached?.counter !== counter) cached = { counter, hashes: tableHashes(db) };
    return cached.hashes;
  };
}
