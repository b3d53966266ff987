import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@solidaria/db';
import { asYouTypeFields } from '../definition';
import { SearchError } from '../errors';
import type { SearchDocument, SearchHit, SearchQuery, SearchResult } from '../port';
import { markDocument, matcherOf, type MatchedTerms } from './highlight';
import { matchExpression, parseQuery, type QueryGroup } from './match-expression';
import { rankTierByTier, rankWhole, type Ranking, type Source } from './ranking';
import type { FtsTable, IndexLayout } from './schema';
import { facetQuery, filterConditions, sortTerms, whereAll } from './sql-parts';
import { typoVariants, type Variant } from './typo-candidates';
import type { Vocabulary } from './vocabulary';

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

/**
 * Where a query looks, best tier first: the title-like table, then (for a full query)
 * the table of every field, each limited to the fields asked for.
 */
function sourcesOf(l: IndexLayout, query: SearchQuery): Source[] {
  const d = l.definition;
  for (const field of query.fields ?? []) {
    if (!d.searchable.some((s) => s.field === field)) throw new SearchError('UNKNOWN_FIELD', `"${field}" is not searchable in ${d.name}.`);
  }
  const wanted = query.fields ?? (query.asYouType ? asYouTypeFields(d) : null);
  const limitTo = (table: FtsTable) => {
    if (!wanted) return { table, columns: [] };
    const columns = table.fields.filter((f) => wanted.includes(f.field)).map((f) => f.column);
    return { table, columns: columns.length === table.fields.length ? [] : columns };
  };
  const short = limitTo(l.short);
  const inShort = wanted ? wanted.filter((f) => l.short.fields.some((s) => s.field === f)).length : l.short.fields.length;
  if (!l.text || (wanted && inShort === wanted.length)) return [short];
  return inShort > 0 ? [short, limitTo(l.text)] : [limitTo(l.text)];
}

/** The steps of a search, as a trace reports their time. */
export type SearchStep = 'count' | 'typo candidates' | 'count with typos' | 'rank' | 'documents' | 'highlight' | 'facets';

export interface SearchContext {
  db: Database;
  layout: IndexLayout;
  vocabularyOf(table: FtsTable): Vocabulary;
  /** Told how long each step took (the benchmark's breakdown). */
  trace?: (step: SearchStep, ms: number) => void;
}

export async function runSearch<Doc extends SearchDocument>(ctx: SearchContext, query: SearchQuery): Promise<SearchResult<Doc>> {
  const { db, layout: l } = ctx;
  const d = l.definition;
  const sources = sourcesOf(l, query);
  const perPage = Math.min(Math.max(Math.trunc(query.perPage ?? 20), 1), 100);
  const page = Math.max(Math.trunc(query.page ?? 1), 1);
  const offset = (page - 1) * perPage;
  const filters = filterConditions(d, query.filters);
  const order = sortTerms(d, query.sort);
  const docs = sql.identifier(l.docs);
  const groups = parseQuery(query.q);
  const timed = async <T>(step: SearchStep, work: () => T | Promise<T>): Promise<T> => {
    if (!ctx.trace) return work();
    const start = performance.now();
    const out = await work();
    ctx.trace(step, performance.now() - start);
    return out;
  };

  const facetsOf = async (from: SQL, where: SQL) => {
    const facets: SearchResult['facets'] = {};
    for (const field of query.facets ?? []) {
      const counts = await db.orm.all<{ value: string | number; n: number }>(facetQuery(d, field, from, where));
      facets[field] = Object.fromEntries(counts.filter((c) => c.value !== null).map((c) => [String(c.value), c.n]));
    }
    return facets;
  };
  const result = async (rows: { id: number; doc: string }[], counted: number, facets: SearchResult['facets'], matched: MatchedTerms | null) => {
    const isMatch = query.highlight && matched ? matcherOf(matched) : null;
    const hits: SearchHit<Doc>[] = await timed('highlight', () => rows.map((r) => {
      const document = JSON.parse(r.doc) as Doc;
      return isMatch ? { document, highlights: markDocument(d, document, isMatch) } : { document };
    }));
    return { hits, total: Math.min(counted, MAX_COUNT), totalIsLowerBound: counted > MAX_COUNT, facets, page, perPage };
  };

  if (groups.length === 0) {
    // Browsing: no words, only filters and sorts. Without filters the count is exact and
    // cheap, which is what a rebuild compares with its table.
    const where = whereAll(filters);
    const orderBy = sql.join([...order, sql`d.id`], sql`, `);
    const rows = await db.orm.all<{ id: number; doc: string }>(
      sql`SELECT d.id, d.doc FROM ${docs} d ${where} ORDER BY ${orderBy} LIMIT ${perPage} OFFSET ${offset}`,
    );
    const [count] = await db.orm.all<{ n: number }>(
      filters.length === 0
        ? sql`SELECT count(*) AS n FROM ${docs}`
        : sql`SELECT count(*) AS n FROM (SELECT 1 FROM ${docs} d ${where} LIMIT ${MAX_COUNT + 1})`,
    );
    return result(rows, count?.n ?? 0, await facetsOf(sql`FROM ${docs} d`, where), null);
  }

  const widest = sources.at(-1) as Source;
  // The documents a source matches by an expression, with the query's filters.
  const matching = (s: Source, expression: string, extra: SQL = sql``) => {
    const fts = sql.identifier(s.table.name);
    const join = filters.length > 0 ? sql` JOIN ${docs} d ON d.id = ${fts}.rowid` : sql``;
    const conditions = filters.length > 0 ? sql` AND ${sql.join(filters, sql` AND `)}` : sql``;
    return sql`FROM ${fts}${join} WHERE ${fts} MATCH ${expression}${conditions}${extra}`;
  };
  const countOf = async (s: Source, expression: string) => {
    const fts = sql.identifier(s.table.name);
    const [row] = await db.orm.all<{ n: number }>(sql`SELECT count(*) AS n FROM (SELECT ${fts}.rowid ${matching(s, expression)} LIMIT ${MAX_COUNT + 1})`);
    return row?.n ?? 0;
  };

  const need = offset + perPage;
  const exact = sources.map((s) => matchExpression(groups, new Map(), s.columns));
  const exactCount = await timed('count', () => countOf(widest, exact.at(-1) as string));
  // Typo candidates only matter when they can change the count or reach the page.
  const vocabulary = exactCount <= MAX_COUNT || need > exactCount ? await ctx.vocabularyOf(widest.table).ready() : null;
  const variants = vocabulary ? await timed('typo candidates', () => typoVariants(vocabulary, groups)) : new Map<string, Variant[]>();
  const withTypos = variants.size > 0 ? sources.map((s) => matchExpression(groups, variants, s.columns)) : null;
  const counted = withTypos ? await timed('count with typos', () => countOf(widest, withTypos.at(-1) as string)) : exactCount;
  const matched = matchedTerms(groups, variants);
  const allMatches = matching(widest, (withTypos ?? exact).at(-1) as string);

  // Tiers, best first: every word exact in the title-like fields, exact anywhere, then
  // the same through typos — Meilisearch's typo rule before its attribute rule.
  const tiers = [
    ...sources.map((s, i) => ({ source: s, expression: exact[i] as string, all: exactCount })),
    ...(withTypos ? sources.map((s, i) => ({ source: s, expression: withTypos[i] as string, all: counted })) : []),
  ];

  let rows: { id: number; doc: string }[];
  if (order.length > 0) {
    // An explicit sort comes before relevance, over every match.
    const fts = sql.identifier(widest.table.name);
    const weights = sql.raw(widest.table.fields.map((f) => f.weight).join(', '));
    const tierOf = sql.join(
      tiers.slice(0, -1).map((t, i) => sql`WHEN h.id IN (SELECT rowid FROM ${sql.identifier(t.source.table.name)} WHERE ${sql.identifier(t.source.table.name)} MATCH ${t.expression}) THEN ${i}`),
      sql` `,
    );
    const tier = tiers.length > 1 ? sql`CASE ${tierOf} ELSE ${tiers.length - 1} END` : sql`0`;
    rows = await timed('rank', () => db.orm.all<{ id: number; doc: string }>(
      sql`WITH h AS (SELECT ${fts}.rowid AS id, bm25(${fts}, ${weights}) AS score ${allMatches})
        SELECT d.id, d.doc FROM h JOIN ${docs} d ON d.id = h.id ORDER BY ${sql.join([...order, tier, sql`h.score`, sql`d.id`], sql`, `)}
        LIMIT ${perPage} OFFSET ${offset}`,
    ));
  } else {
    const ranking: Ranking = { db, matching, maxCount: MAX_COUNT };
    const rankStart = performance.now();
    const ids = counted <= MAX_COUNT && counted <= need ? await rankWhole(ranking, tiers) : await rankTierByTier(ranking, tiers, need);
    ctx.trace?.('rank', performance.now() - rankStart);
    const pageIds = ids.slice(offset, need);
    const byId = new Map(
      pageIds.length === 0
        ? []
        : (await timed('documents', () =>
            db.orm.all<{ id: number; doc: string }>(sql`SELECT id, doc FROM ${docs} WHERE id IN (${sql.raw(pageIds.join(', '))})`))).map((r) => [r.id, r]),
    );
    rows = pageIds.flatMap((id) => byId.get(id) ?? []);
  }
  const facets = query.facets?.length
    ? await timed('facets', () => facetsOf(sql`FROM (SELECT ${sql.identifier(widest.table.name)}.rowid AS id ${allMatches}) h JOIN ${docs} d ON d.id = h.id`, sql``))
    : {};
  return result(rows, counted, facets, matched);
}
