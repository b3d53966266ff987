import { inArray, sql } from 'drizzle-orm';
import type { Database, Write } from '@solidaria/db';
import type { SearchDocument } from '../port';
import { column, drizzleTables, ftsTables, type FtsTable, type IndexLayout } from './schema';

// How documents reach an index's tables, in the caller's atomic unit. On better-sqlite3
// the writes are cached prepared statements run row by row inside the caller's
// transaction: building one multi-row drizzle statement per batch cost more than SQLite
// spent writing it. On D1 they are ordinary drizzle statements within its limit of 100
// bound parameters, for `db.atomic` to send as one batch.

const toFtsValue = (value: unknown) => (Array.isArray(value) ? value.join('\n') : value == null ? null : String(value));
const toColumnValue = (value: unknown) =>
  Array.isArray(value) ? JSON.stringify(value) : typeof value === 'boolean' ? Number(value) : (value ?? null);

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface Statement {
  run(...params: unknown[]): unknown;
}
interface RawClient {
  prepare(source: string): Statement;
}

/** The better-sqlite3 connection behind drizzle, when that is the driver. */
const rawClient = (db: Database) =>
  db.driver === 'better-sqlite3' ? ((db.orm as unknown as { $client?: RawClient }).$client ?? null) : null;

/** A write for `db.atomic` on better-sqlite3, which runs each write's `run()` in its transaction. */
const nativeWrite = (run: () => void): Write => ({ run }) as unknown as Write;

interface Prepared {
  upsert: { fts: { table: FtsTable; statement: Statement }[]; docs: Statement };
  remove: Statement[];
}

const preparedByClient = new WeakMap<RawClient, Map<string, Prepared>>();

function prepared(client: RawClient, l: IndexLayout): Prepared {
  let byIndex = preparedByClient.get(client);
  if (!byIndex) preparedByClient.set(client, (byIndex = new Map()));
  const key = JSON.stringify(l);
  let found = byIndex.get(key);
  if (!found) {
    const filterColumns = Object.keys(l.definition.filterable).map((f) => `"${column(f)}"`);
    const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
    found = {
      upsert: {
        // Contentless tables with contentless_delete accept REPLACE: one statement per row.
        fts: ftsTables(l).map((table) => ({
          table,
          statement: client.prepare(
            `INSERT OR REPLACE INTO "${table.name}" (rowid, ${table.fields.map((f) => `"${f.column}"`).join(', ')}) VALUES (?, ${marks(table.fields.length)})`,
          ),
        })),
        docs: client.prepare(
          `INSERT INTO "${l.docs}" (id, doc${filterColumns.map((c) => `, ${c}`).join('')}) VALUES (?, ?${filterColumns.map(() => ', ?').join('')})`
            + ` ON CONFLICT (id) DO UPDATE SET doc = excluded.doc${filterColumns.map((c) => `, ${c} = excluded.${c}`).join('')}`,
        ),
      },
      remove: [...ftsTables(l).map((t) => t.name), l.docs].map((t) => client.prepare(`DELETE FROM "${t}" WHERE ${t === l.docs ? 'id' : 'rowid'} = ?`)),
    };
    byIndex.set(key, found);
  }
  return found;
}

// D1 binds at most 100 parameters per statement.
const D1_PARAMETERS = 100;

export function upsertWrites(db: Database, l: IndexLayout, documents: readonly SearchDocument[]): Write[] {
  if (documents.length === 0) return [];
  const filterable = Object.keys(l.definition.filterable);
  const client = rawClient(db);
  if (client) {
    const { upsert } = prepared(client, l);
    return [
      nativeWrite(() => {
        for (const doc of documents) {
          for (const { table, statement } of upsert.fts) statement.run(doc.id, ...table.fields.map((f) => toFtsValue(doc[f.field])));
          upsert.docs.run(doc.id, JSON.stringify(doc), ...filterable.map((f) => toColumnValue(doc[f])));
        }
      }),
    ];
  }
  const tables = drizzleTables(l);
  const writes: Write[] = [];
  for (const [table, ftsTable] of [[l.short, tables.short], [l.text, tables.text]] as const) {
    if (!table || !ftsTable) continue;
    for (const batch of chunks(documents, Math.floor(D1_PARAMETERS / (1 + table.fields.length)))) {
      writes.push(db.orm.delete(ftsTable).where(inArray(ftsTable.rowid, batch.map((doc) => doc.id))));
      writes.push(db.orm.insert(ftsTable).values(batch.map((doc) => ({
        rowid: doc.id,
        ...Object.fromEntries(table.fields.map((f) => [f.field, toFtsValue(doc[f.field])])),
      }))));
    }
  }
  const set = Object.fromEntries(['doc', ...filterable].map((f) => [f, tables.docs[f as 'doc']]));
  for (const batch of chunks(documents, Math.floor(D1_PARAMETERS / (2 + filterable.length)))) {
    const rows = batch.map((doc) => ({
      id: doc.id,
      doc: JSON.stringify(doc),
      ...Object.fromEntries(filterable.map((f) => [f, toColumnValue(doc[f])])),
    }));
    writes.push(db.orm.insert(tables.docs).values(rows).onConflictDoUpdate({ target: tables.docs.id, set: excludedOf(set) }));
  }
  return writes;
}

export function deleteWrites(db: Database, l: IndexLayout, ids: readonly number[]): Write[] {
  if (ids.length === 0) return [];
  const client = rawClient(db);
  if (client) {
    const { remove } = prepared(client, l);
    return [nativeWrite(() => ids.forEach((id) => remove.forEach((statement) => statement.run(id))))];
  }
  const tables = drizzleTables(l);
  return chunks(ids, 90).flatMap((batch) => [
    db.orm.delete(tables.short).where(inArray(tables.short.rowid, batch)),
    ...(tables.text ? [db.orm.delete(tables.text).where(inArray(tables.text.rowid, batch))] : []),
    db.orm.delete(tables.docs).where(inArray(tables.docs.id, batch)),
  ]);
}

/** `excluded.<column>` for each column an upsert replaces. */
function excludedOf(columns: Record<string, { name: string }>) {
  return Object.fromEntries(Object.entries(columns).map(([key, c]) => [key, sql.raw(`excluded."${c.name}"`)]));
}
