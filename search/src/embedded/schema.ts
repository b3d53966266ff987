import { integer, sqliteTable, text, real } from 'drizzle-orm/sqlite-core';
import { asYouTypeFields, type IndexDefinition } from '../definition';

// Per index, derived data rebuilt at will (no migration creates them):
// - `search_<name>`: an FTS5 table of the title-like fields, with prefix indexes, for
//   search-as-you-type and for ranking title matches first;
// - `search_<name>__all`: an FTS5 table of every searchable field, without prefix
//   indexes, for full queries — only when some field is not title-like (a description);
// - `search_<name>_docs`: the documents, one column per filterable field;
// - an fts5vocab view of each FTS5 table, for typo candidates.
// Both FTS5 tables are contentless: the documents table holds the text, and
// highlighting reads it there. They keep word positions (detail=full): with less
// (detail=column or none) bm25 must read each match's text again, which a contentless
// table does not have, and phrase synonyms ("centro de llamadas") need positions.

/** Bumped when the tables' layout changes, so applySettings rebuilds existing ones. */
export const LAYOUT_VERSION = 3;

export const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const quote = (name: string) => `"${name}"`;

export interface FtsField {
  field: string;
  column: string;
  weight: number;
}

export interface FtsTable {
  name: string;
  vocab: string;
  fields: readonly FtsField[];
}

export interface IndexLayout {
  definition: IndexDefinition;
  /** Title-like fields, with prefix indexes. */
  short: FtsTable;
  /** Every searchable field; null when all of them are title-like. */
  text: FtsTable | null;
  docs: string;
}

export function layoutOf(d: IndexDefinition): IndexLayout {
  const titleLike = new Set(asYouTypeFields(d));
  const fields = (only?: Set<string>) =>
    d.searchable.filter((s) => !only || only.has(s.field)).map((s) => ({ field: s.field, column: column(s.field), weight: s.weight }));
  const short = { name: `search_${d.name}`, vocab: `search_${d.name}_vocab`, fields: fields(titleLike) };
  const allTitleLike = d.searchable.every((s) => titleLike.has(s.field));
  const text = allTitleLike ? null : { name: `search_${d.name}__all`, vocab: `search_${d.name}__all_vocab`, fields: fields() };
  return { definition: d, short, text, docs: `search_${d.name}_docs` };
}

export const ftsTables = (l: IndexLayout): FtsTable[] => (l.text ? [l.short, l.text] : [l.short]);

/** Every table and view an index uses, to make sure no two indexes share one. */
export const tableNames = (l: IndexLayout): string[] => [...ftsTables(l).flatMap((t) => [t.name, t.vocab]), l.docs];

const TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'";
const CONTENTLESS = "content = '', contentless_delete = 1";

// Writing: FTS5 gathers a transaction's words in memory and writes them out as a new
// segment when they pass `hashsize` (1 MB by default), merging segments as they pile up
// (`automerge`, 4 by default). Gathering 8 MB and merging at 8 segments writes a batch of
// 5,000 long offers in fewer, larger segments: about 10 % faster, with no slower queries
// measured. The memory is only held while a large batch is written.
const WRITING = [`'hashsize', ${8 * 2 ** 20}`, `'automerge', 8`];

/** The statements that create an index's FTS5 tables and their vocabulary views; safe to run again. */
export function createFtsStatements(l: IndexLayout): string[] {
  const columns = (t: FtsTable) => t.fields.map((f) => quote(f.column)).join(', ');
  return [
    `CREATE VIRTUAL TABLE IF NOT EXISTS ${quote(l.short.name)} USING fts5(${columns(l.short)}, ${TOKENIZE}, prefix = '2 3 4', ${CONTENTLESS})`,
    ...(l.text ? [`CREATE VIRTUAL TABLE IF NOT EXISTS ${quote(l.text.name)} USING fts5(${columns(l.text)}, ${TOKENIZE}, ${CONTENTLESS})`] : []),
    ...ftsTables(l).flatMap((t) => WRITING.map((option) => `INSERT INTO ${quote(t.name)} (${quote(t.name)}, rank) VALUES (${option})`)),
    ...ftsTables(l).map((t) => `CREATE VIRTUAL TABLE IF NOT EXISTS ${quote(t.vocab)} USING fts5vocab(${quote(t.name)}, 'row')`),
  ];
}

/** The statements that create an index's documents table and its indexes; safe to run again. */
export function createDocsStatements(l: IndexLayout): string[] {
  const d = l.definition;
  const filterColumns = Object.entries(d.filterable).map(([field, kind]) =>
    `${quote(column(field))} ${kind === 'number' ? 'REAL' : kind === 'boolean' ? 'INTEGER' : 'TEXT'}`,
  );
  const scalarIndexes = Object.entries(d.filterable)
    .filter(([, kind]) => !kind.endsWith('[]'))
    .map(([field]) => `CREATE INDEX IF NOT EXISTS "${l.docs}_${column(field)}" ON ${quote(l.docs)} (${quote(column(field))})`);
  return [`CREATE TABLE IF NOT EXISTS ${quote(l.docs)} (id INTEGER PRIMARY KEY, doc TEXT NOT NULL${filterColumns.map((c) => `, ${c}`).join('')})`, ...scalarIndexes];
}

/**
 * Drops the FTS5 tables of every layout this engine has used for the index (the vocabulary
 * views first: they read the tables).
 */
export function dropFtsStatements(name: string): string[] {
  return [`search_${name}_vocab`, `search_${name}__all_vocab`, `search_${name}`, `search_${name}__all`].map((t) => `DROP TABLE IF EXISTS ${quote(t)}`);
}

export const dropDocsStatement = (name: string) => `DROP TABLE IF EXISTS ${quote(`search_${name}_docs`)}`;

/**
 * A field's searchable text read back from a stored document, as the engine writes it
 * (lists one item per line), to refill the FTS5 tables from the documents table.
 */
function fieldText(field: string): string {
  const path = `'$."${field.replace(/"/g, '')}"'`;
  return `CASE json_type(doc, ${path}) WHEN 'array' THEN (SELECT group_concat(value, char(10)) FROM json_each(doc, ${path}))`
    + ` WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE json_extract(doc, ${path}) END`;
}

/** Refills an index's (empty) FTS5 tables from its documents table, in one statement each. */
export function refillFtsStatements(l: IndexLayout): string[] {
  return ftsTables(l).map(
    (t) => `INSERT INTO ${quote(t.name)} (rowid, ${t.fields.map((f) => quote(f.column)).join(', ')})`
      + ` SELECT id, ${t.fields.map((f) => fieldText(f.field)).join(', ')} FROM ${quote(l.docs)}`,
  );
}

/** drizzle views of an index's tables, so its writes join the caller's atomic unit. */
export function drizzleTables(l: IndexLayout) {
  const fts = (t: FtsTable) =>
    sqliteTable(t.name, { rowid: integer('rowid').primaryKey(), ...Object.fromEntries(t.fields.map((f) => [f.field, text(f.column)])) });
  const docs = sqliteTable(l.docs, {
    id: integer('id').primaryKey(),
    doc: text('doc').notNull(),
    ...Object.fromEntries(
      Object.entries(l.definition.filterable).map(([field, kind]) => [
        field,
        kind === 'number' ? real(column(field)) : kind === 'boolean' ? integer(column(field)) : text(column(field)),
      ]),
    ),
  });
  return { short: fts(l.short), text: l.text ? fts(l.text) : null, docs };
}
