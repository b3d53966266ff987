import { sql } from 'drizzle-orm';
import type { Database } from '@solidaria/db';
import type { IndexDefinition } from '../definition';
import { ftsTableName } from './schema';

const OPEN = '\u0001';
const CLOSE = '\u0002';
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The searchable fields of the given documents with matched words in <mark>, HTML-escaped. */
export async function markHighlights(db: Database, d: IndexDefinition, expression: string, ids: readonly number[]) {
  const fts = sql.identifier(ftsTableName(d));
  const columns = sql.join(
    d.searchable.map((s, i) =>
      s.snippet
        ? sql`snippet(${fts}, ${sql.raw(String(i))}, ${OPEN}, ${CLOSE}, '…', 24) AS ${sql.identifier(s.field)}`
        : sql`highlight(${fts}, ${sql.raw(String(i))}, ${OPEN}, ${CLOSE}) AS ${sql.identifier(s.field)}`,
    ),
    sql`, `,
  );
  const rows = await db.orm.all<Record<string, string | null> & { rowid: number }>(
    sql`SELECT rowid, ${columns} FROM ${fts} WHERE ${fts} MATCH ${expression} AND rowid IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`,
  );
  return new Map(
    rows.map((row) => [
      row.rowid,
      Object.fromEntries(
        d.searchable
          .filter((s) => typeof row[s.field] === 'string')
          .map((s) => [s.field, escapeHtml(row[s.field] as string).replaceAll(OPEN, '<mark>').replaceAll(CLOSE, '</mark>')]),
      ),
    ]),
  );
}
