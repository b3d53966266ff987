import { inArray, sql, type SQL } from 'drizzle-orm';
import type { Database, Write } from '@solidaria/db';
import type { IndexDefinition } from '../definition';
import { SearchError } from '../errors';
import type { SearchDocument, SearchEngine, SearchHit, SearchQuery, SearchResult } from '../port';
import { markDocument, type MatchedTerms } from './highlight';
import { matchExpression, parseQuery, type QueryGroup } from './match-expression';
import { column, createStatements, docsTableName, drizzleTables, dropStatements, ftsTableName, vocabTableName } from './schema';
import { facetQuery, filterConditions, sortTerms, whereAll } from './sql-parts';
import { typoVariants, type Variant } from './typo-candidates';
import { Vocabulary } from './vocabulary';

const MAX_COUNT = 1_000;

/** The words a query matches by, typos and synonyms included, for highlighting. */
function matchedTerms(groups: readonly QueryGroup[], variants: ReadonlyMap<string, readonly Variant[]>): MatchedTerms {
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const g of groups) {
    g.alternatives.forEach((a, i) => (g.prefix && i === 0 ? prefixes.push(a) : a.split(' ').forEach((w) => words.add(w))));
    for (const v of variants.get(g.word) ?? []) (v.prefix ? prefixes.push(v.text) : words.add(v.text));
  }
  return { words, prefixes };
}

// D1 binds at most 100 parameters per statement; better-sqlite3 takes far more.
const rowsPerWrite = (db: Database, columns: number) => Math.max(1, Math.floor((db.driver === 'd1' ? 100 : 30_000) / columns));

const toFtsValue = (value: unknown) => (Array.isArray(value) ? value.join('\n') : value == null ? null : String(value));
const toColumnValue = (value: unknown) =>
  Array.isArray(value) ? JSON.stringify(value) : typeof value === 'boolean' ? Number(value) : (value ?? null);

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The default engine: FTS5 tables inside the application's own database, written in the
 * same atomic unit as the rows they mirror, healthy exactly when the database is.
 */
export function createEmbeddedSearch(db: Database, definitions: readonly IndexDefinition[] = []): SearchEngine {
  const byName = new Map(
    definitions.map((d) => [d.name, { definition: d, tables: drizzleTables(d), vocabulary: new Vocabulary(db, vocabTableName(d)) }]),
  );
  const indexOf = (name: string) => {
    const found = byName.get(name);
    if (!found) throw new SearchError('UNKNOWN_INDEX', `There is no search index "${name}".`);
    return found;
  };

  return {
    name: 'embedded',

    async applySettings() {
      await db.orm.run(sql`CREATE TABLE IF NOT EXISTS search_settings (name TEXT PRIMARY KEY, signature TEXT NOT NULL)`);
      for (const { definition } of byName.values()) {
        const signature = JSON.stringify(definition);
        const [current] = await db.orm.all<{ signature: string }>(sql`SELECT signature FROM search_settings WHERE name = ${definition.name}`);
        if (current?.signature === signature) continue;
        // A changed definition means new columns: start the index over; a reindex refills it.
        for (const statement of [...dropStatements(definition), ...createStatements(definition)]) await db.orm.run(sql.raw(statement));
        await db.orm.run(sql`INSERT INTO search_settings (name, signature) VALUES (${definition.name}, ${signature})
          ON CONFLICT (name) DO UPDATE SET signature = excluded.signature`);
      }
    },

    upsertWrites(index, documents) {
      const { definition, tables, vocabulary } = indexOf(index);
      for (const doc of documents) for (const s of definition.searchable) vocabulary.add(toFtsValue(doc[s.field]) ?? '');
      const writes: Write[] = [];
      const columns = 2 + Math.max(definition.searchable.length, Object.keys(definition.filterable).length);
      for (const batch of chunks(documents, rowsPerWrite(db, columns))) {
        const ids = batch.map((doc) => doc.id);
        writes.push(db.orm.delete(tables.fts).where(inArray(tables.fts.rowid, ids)));
        writes.push(db.orm.insert(tables.fts).values(batch.map((doc) => ({
          rowid: doc.id,
          ...Object.fromEntries(definition.searchable.map((s) => [s.field, toFtsValue(doc[s.field])])),
        }))));
        const rows = batch.map((doc) => ({
          id: doc.id,
          doc: JSON.stringify(doc),
          ...Object.fromEntries(Object.keys(definition.filterable).map((f) => [f, toColumnValue(doc[f])])),
        }));
        const replaced = Object.fromEntries(
          ['doc', ...Object.keys(definition.filterable)].map((f) => [f, sql.raw(`excluded."${f === 'doc' ? 'doc' : column(f)}"`)]),
        );
        writes.push(db.orm.insert(tables.docs).values(rows).onConflictDoUpdate({ target: tables.docs.id, set: replaced }));
      }
      return writes;
    },

    deleteWrites(index, ids) {
      const { tables } = indexOf(index);
      return chunks(ids, 90).flatMap((batch) => [
        db.orm.delete(tables.fts).where(inArray(tables.fts.rowid, batch)),
        db.orm.delete(tables.docs).where(inArray(tables.docs.id, batch)),
      ]);
    },

    async clear(index) {
      const { tables } = indexOf(index);
      await db.atomic([db.orm.delete(tables.fts), db.orm.delete(tables.docs)]);
    },

    async documentIds(index) {
      const { definition } = indexOf(index);
      const rows = await db.orm.all<{ id: number }>(sql`SELECT id FROM ${sql.identifier(docsTableName(definition))}`);
      return rows.map((r) => r.id);
    },

    async search<Doc extends SearchDocument>(index: string, query: SearchQuery): Promise<SearchResult<Doc>> {
      const { definition: d, vocabulary } = indexOf(index);
      const columns = (query.fields ?? []).map((field) => {
        if (!d.searchable.some((s) => s.field === field)) throw new SearchError('UNKNOWN_FIELD', `"${field}" is not searchable in ${d.name}.`);
        return column(field);
      });
      const perPage = Math.min(Math.max(Math.trunc(query.perPage ?? 20), 1), 100);
      const page = Math.max(Math.trunc(query.page ?? 1), 1);
      const filters = filterConditions(d, query.filters);
      const order = sortTerms(d, query.sort);
      const docs = sql.identifier(docsTableName(d));
      const fts = sql.identifier(ftsTableName(d));
      const groups = parseQuery(query.q);

      let hits: SQL;
      let matched: MatchedTerms | null = null;
      if (groups.length === 0) {
        hits = sql`SELECT id, 0 AS score, 0 AS tier FROM ${docs}`;
      } else {
        const exact = matchExpression(groups, new Map(), columns);
        const variants = typoVariants(await vocabulary.ready(), groups);
        const weights = sql.raw(d.searchable.map((s) => s.weight).join(', '));
        hits = sql`SELECT rowid AS id, bm25(${fts}, ${weights}) AS score, 0 AS tier FROM ${fts} WHERE ${fts} MATCH ${exact}`;
        matched = matchedTerms(groups, variants);
        if (variants.size > 0) {
          // Words matched only through a typo rank after every exact match, as in Meilisearch.
          const withTypos = matchExpression(groups, variants, columns);
          hits = sql`${hits} UNION ALL SELECT rowid, bm25(${fts}, ${weights}), 1 FROM ${fts} WHERE ${fts} MATCH ${withTypos}
            AND rowid NOT IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${exact})`;
        }
      }
      const withHits = sql`WITH hits AS (${hits})`;
      const from = sql`FROM hits h JOIN ${docs} d ON d.id = h.id`;
      const where = whereAll(filters);
      const orderBy = sql.join([...order, sql`h.tier`, sql`h.score`, sql`d.id`], sql`, `);

      const offset = (page - 1) * perPage;
      // Without filters or sorts, rank the matches first and fetch only the page's
      // documents: joining every match of a broad prefix costs more than ranking it.
      const rows = await db.orm.all<{ id: number; doc: string }>(
        filters.length === 0 && order.length === 0
          ? sql`${withHits}, top AS (SELECT id, tier, score FROM hits ORDER BY tier, score, id LIMIT ${perPage} OFFSET ${offset})
              SELECT d.id, d.doc FROM top t JOIN ${docs} d ON d.id = t.id ORDER BY t.tier, t.score, t.id`
          : sql`${withHits} SELECT d.id, d.doc ${from} ${where} ORDER BY ${orderBy} LIMIT ${perPage} OFFSET ${offset}`,
      );
      // Counting every match of a broad prefix costs more than the page itself: stop at 1,000.
      const [count] = await db.orm.all<{ n: number }>(sql`${withHits} SELECT count(*) AS n FROM (SELECT 1 ${from} ${where} LIMIT ${MAX_COUNT + 1})`);
      const counted = count?.n ?? 0;
      const facets: SearchResult['facets'] = {};
      for (const field of query.facets ?? []) {
        const counts = await db.orm.all<{ value: string | number; n: number }>(sql`${withHits} ${facetQuery(d, field, from, where)}`);
        facets[field] = Object.fromEntries(counts.filter((c) => c.value !== null).map((c) => [String(c.value), c.n]));
      }
      const hitsOut: SearchHit<Doc>[] = rows.map((r) => {
        const document = JSON.parse(r.doc) as Doc;
        return query.highlight && matched ? { document, highlights: markDocument(d, document, matched) } : { document };
      });
      return { hits: hitsOut, total: Math.min(counted, MAX_COUNT), totalIsLowerBound: counted > MAX_COUNT, facets, page, perPage };
    },

    async health() {
      return { engine: 'embedded', ok: await db.ping() };
    },
  };
}
