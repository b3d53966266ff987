import { sql } from 'drizzle-orm';
import type { Database } from '@solidaria/db';
import type { IndexDefinition } from '../definition';
import { SearchError } from '../errors';
import type { SearchDocument, SearchEngine, SearchQuery, SearchResult } from '../port';
import {
  createDocsStatements,
  createFtsStatements,
  dropDocsStatement,
  dropFtsStatements,
  drizzleTables,
  ftsTables,
  LAYOUT_VERSION,
  layoutOf,
  refillFtsStatements,
  tableNames,
  type FtsTable,
} from './schema';
import { runSearch, type SearchStep } from './search';
import { Vocabulary } from './vocabulary';
import { deleteWrites, upsertWrites } from './writes';

const textOf = (value: unknown) => (Array.isArray(value) ? value.join('\n') : value == null ? '' : String(value));

/** The text of a table's fields in each document, read only if the vocabulary wants it. */
function* textsOf(documents: readonly SearchDocument[], table: FtsTable): Iterable<string> {
  for (const doc of documents) for (const f of table.fields) yield textOf(doc[f.field]);
}

/** What applySettings last built an index from: this engine's layout and the definition. */
const signatureOf = (d: IndexDefinition) => JSON.stringify({ layout: LAYOUT_VERSION, definition: d });

/** The definition a stored signature was made from (before layouts were versioned, it was the definition alone). */
function definitionIn(signature: string): IndexDefinition | null {
  try {
    const parsed = JSON.parse(signature) as { layout?: number; definition?: IndexDefinition } & Partial<IndexDefinition>;
    return parsed.layout !== undefined ? (parsed.definition ?? null) : (parsed as IndexDefinition);
  } catch {
    return null;
  }
}

/**
 * The default engine: FTS5 tables inside the application's own database, written in the
 * same atomic unit as the rows they mirror, healthy exactly when the database is.
 */
export interface EmbeddedSearchOptions {
  /** Told how long each step of a search took (for the benchmark's breakdown). */
  trace?: (step: SearchStep, ms: number) => void;
}

export function createEmbeddedSearch(db: Database, definitions: readonly IndexDefinition[] = [], options: EmbeddedSearchOptions = {}): SearchEngine {
  const byName = new Map(
    definitions.map((d) => {
      const layout = layoutOf(d);
      const vocabularies = new Map(ftsTables(layout).map((t) => [t.name, new Vocabulary(db, t.vocab)]));
      return [d.name, { layout, vocabularies }];
    }),
  );
  const owners = new Map<string, string>();
  for (const { layout } of byName.values()) {
    for (const table of tableNames(layout)) {
      const other = owners.get(table);
      if (other) throw new Error(`The search indexes "${other}" and "${layout.definition.name}" would share the table ${table}: rename one.`);
      owners.set(table, layout.definition.name);
    }
  }
  const indexOf = (name: string) => {
    const found = byName.get(name);
    if (!found) throw new SearchError('UNKNOWN_INDEX', `There is no search index "${name}".`);
    return found;
  };

  return {
    name: 'embedded',

    async applySettings() {
      await db.orm.run(sql`CREATE TABLE IF NOT EXISTS search_settings (name TEXT PRIMARY KEY, signature TEXT NOT NULL)`);
      for (const { layout, vocabularies } of byName.values()) {
        const d = layout.definition;
        const signature = signatureOf(d);
        const [current] = await db.orm.all<{ signature: string }>(sql`SELECT signature FROM search_settings WHERE name = ${d.name}`);
        if (current?.signature === signature) continue;
        // The FTS5 tables are rebuilt from the documents table, which is kept when its
        // columns (the filterable fields) are the same; otherwise the index starts empty
        // and a reindex from the database refills it.
        const before = current ? definitionIn(current.signature) : null;
        const keepDocs = before !== null && JSON.stringify(before.filterable) === JSON.stringify(d.filterable);
        const statements = [
          ...dropFtsStatements(d.name),
          ...(keepDocs ? [] : [dropDocsStatement(d.name)]),
          ...createDocsStatements(layout),
          ...createFtsStatements(layout),
          ...(keepDocs ? refillFtsStatements(layout) : []),
        ];
        for (const statement of statements) await db.orm.run(sql.raw(statement));
        await db.orm.run(sql`INSERT INTO search_settings (name, signature) VALUES (${d.name}, ${signature})
          ON CONFLICT (name) DO UPDATE SET signature = excluded.signature`);
        for (const vocabulary of vocabularies.values()) vocabulary.forget();
      }
    },

    upsertWrites(index, documents) {
      const { layout, vocabularies } = indexOf(index);
      for (const table of ftsTables(layout)) {
        (vocabularies.get(table.name) as Vocabulary).addAll(textsOf(documents, table));
      }
      return upsertWrites(db, layout, documents);
    },

    deleteWrites(index, ids) {
      return deleteWrites(db, indexOf(index).layout, ids);
    },

    async clear(index) {
      const tables = drizzleTables(indexOf(index).layout);
      await db.atomic([db.orm.delete(tables.short), ...(tables.text ? [db.orm.delete(tables.text)] : []), db.orm.delete(tables.docs)]);
    },

    async documentIds(index) {
      const { layout } = indexOf(index);
      const rows = await db.orm.all<{ id: number }>(sql`SELECT id FROM ${sql.identifier(layout.docs)}`);
      return rows.map((r) => r.id);
    },

    async search<Doc extends SearchDocument>(index: string, query: SearchQuery): Promise<SearchResult<Doc>> {
      const { layout, vocabularies } = indexOf(index);
      const vocabularyOf = (table: FtsTable) => vocabularies.get(table.name) as Vocabulary;
      return runSearch<Doc>({ db, layout, vocabularyOf, ...(options.trace ? { trace: options.trace } : {}) }, query);
    },

    async health() {
      return { engine: 'embedded', ok: await db.ping() };
    },
  };
}
