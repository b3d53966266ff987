import { integer, sqliteTable, text, real } from 'drizzle-orm/sqlite-core';
import type { IndexDefinition } from '../definition';

// Per index: an FTS5 table of the searchable fields (rowid = document id), a table of
// documents with one column per filterable field, and an fts5vocab view of its terms.
// They are derived data, rebuilt from the database at will; no migration creates them.

export const ftsTableName = (d: IndexDefinition) => `search_${d.name}`;
export const docsTableName = (d: IndexDefinition) => `search_${d.name}_docs`;
export const vocabTableName = (d: IndexDefinition) => `search_${d.name}_vocab`;
export const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const quote = (name: string) => `"${name}"`;

/** The statements that create an index's tables; safe to run again. */
export function createStatements(d: IndexDefinition): string[] {
  const searchable = d.searchable.map((s) => quote(column(s.field))).join(', ');
  const filterColumns = Object.entries(d.filterable).map(([field, kind]) =>
    `${quote(column(field))} ${kind === 'number' ? 'REAL' : kind === 'boolean' ? 'INTEGER' : 'TEXT'}`,
  );
  const scalarIndexes = Object.entries(d.filterable)
    .filter(([, kind]) => !kind.endsWith('[]'))
    .map(([field]) => `CREATE INDEX IF NOT EXISTS "${docsTableName(d)}_${column(field)}" ON "${docsTableName(d)}" (${quote(column(field))})`);
  return [
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${quote(ftsTableName(d))} USING fts5(${searchable}, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')`,
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${quote(vocabTableName(d))} USING fts5vocab(${quote(ftsTableName(d))}, 'row')`,
    `CREATE TABLE IF NOT EXISTS ${quote(docsTableName(d))} (id INTEGER PRIMARY KEY, doc TEXT NOT NULL${filterColumns.map((c) => `, ${c}`).join('')})`,
    ...scalarIndexes,
  ];
}

export function dropStatements(d: IndexDefinition): string[] {
  return [vocabTableName(d), ftsTableName(d), docsTableName(d)].map((t) => `DROP TABLE IF EXISTS ${quote(t)}`);
}

/** drizzle views of an index's tables, so its writes join the caller's atomic unit. */
export function drizzleTables(d: IndexDefinition) {
  const fts = sqliteTable(ftsTableName(d), {
    rowid: integer('rowid').primaryKey(),
    ...Object.fromEntries(d.searchable.map((s) => [s.field, text(column(s.field))])),
  });
  const docs = sqliteTable(docsTableName(d), {
    id: integer('id').primaryKey(),
    doc: text('doc').notNull(),
    ...Object.fromEntries(
      Object.entries(d.filterable).map(([field, kind]) => [
        field,
        kind === 'number' ? real(column(field)) : kind === 'boolean' ? integer(column(field)) : text(column(field)),
      ]),
    ),
  });
  return { fts, docs };
}
