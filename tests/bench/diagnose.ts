import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@solidaria/db';
import type { IndexDefinition } from '@solidaria/search';
import { matchExpression, parseQuery } from '../../search/src/embedded/match-expression';
import { column, docsTableName, ftsTableName, vocabTableName } from '../../search/src/embedded/schema';
import { typoVariants } from '../../search/src/embedded/typo-candidates';
import { Vocabulary } from '../../search/src/embedded/vocabulary';
import { highlightInJs } from './js-highlight';
import { latencyOf, type Latency } from './timing';

// Replays the embedded engine's search (no filters, facets or sort, as the bench asks)
// step by step with the engine's own parts and SQL, timing each step, and times cheaper
// ways to get the same answer, to show where the time goes and what would win it back.
// It mirrors search/src/embedded/engine.ts: when that changes, this must follow.

export type Step = 'typo lookup (in-memory vocabulary)' | 'page query (bm25 + join + sort)' | 'count query (capped at 1,000)'
  | 'highlight in JS from the query terms' | 'alt: page query, ids only, docs fetched after'
  | 'alt: FTS5 match only, ORDER BY bm25 LIMIT' | 'alt: page query, hits sorted first, docs joined for the page only' | 'alt: exact count straight from FTS5 (no bm25, no join)';

const now = () => performance.now();
const MAX_COUNT = 1_000;

export interface Breakdown {
  queries: number;
  vocabularyTerms: number;
  vocabularyLoadMs: number;
  steps: Partial<Record<Step, Latency>>;
}

export async function breakDown(
  db: Database,
  d: IndexDefinition,
  queries: readonly string[],
  options: { perPage: number; highlight: boolean; fields?: readonly string[]; budgetMs?: number },
): Promise<Breakdown> {
  const docs = sql.identifier(docsTableName(d));
  const fts = sql.identifier(ftsTableName(d));
  const weights = sql.raw(d.searchable.map((s) => s.weight).join(', '));
  const columns = (options.fields ?? []).map(column);
  const loadStart = now();
  const vocabulary = await new Vocabulary(db, vocabTableName(d)).ready();
  const vocabularyLoadMs = now() - loadStart;
  const [terms] = await db.orm.all<{ n: number }>(sql`SELECT count(*) AS n FROM ${sql.identifier(vocabTableName(d))}`);
  const vocabularyTerms = terms?.n ?? 0;
  const times = new Map<Step, number[]>();
  const record = (step: Step, ms: number) => times.set(step, [...(times.get(step) ?? []), ms]);

  const started = now();
  let done = 0;
  for (const q of queries) {
    if (now() - started > (options.budgetMs ?? Infinity)) break;
    done++;
    const groups = parseQuery(q);
    if (groups.length === 0) continue;
    let t = now();
    const variants = typoVariants(vocabulary, groups);
    record('typo lookup (in-memory vocabulary)', now() - t);

    const exact = matchExpression(groups, new Map(), columns);
    const withTypos = variants.size > 0 ? matchExpression(groups, variants, columns) : null;
    let hits: SQL = sql`SELECT rowid AS id, bm25(${fts}, ${weights}) AS score, 0 AS tier FROM ${fts} WHERE ${fts} MATCH ${exact}`;
    if (withTypos) {
      hits = sql`${hits} UNION ALL SELECT rowid, bm25(${fts}, ${weights}), 1 FROM ${fts} WHERE ${fts} MATCH ${withTypos}
        AND rowid NOT IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${exact})`;
    }
    const withHits = sql`WITH hits AS (${hits})`;
    const from = sql`FROM hits h JOIN ${docs} d ON d.id = h.id`;
    const orderLimit = sql`ORDER BY h.tier, h.score, d.id LIMIT ${options.perPage} OFFSET 0`;

    t = now();
    const rows = await db.orm.all<{ id: number; doc: string }>(sql`${withHits} SELECT d.id, d.doc ${from} ${orderLimit}`);
    record('page query (bm25 + join + sort)', now() - t);
    t = now();
    await db.orm.all(sql`${withHits} SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${MAX_COUNT + 1})`);
    record('count query (capped at 1,000)', now() - t);
    if (options.highlight && rows.length > 0) {
      // The engine marks the page's documents in JS too (search/src/embedded/highlight.ts).
      t = now();
      highlightInJs(rows.map((r) => JSON.parse(r.doc) as Record<string, unknown>), d.searchable.map((f) => f.field), groups, variants);
      record('highlight in JS from the query terms', now() - t);
    }

    t = now();
    const ids = await db.orm.all<{ id: number }>(sql`${withHits} SELECT d.id ${from} ${orderLimit}`);
    if (ids.length > 0) await db.orm.all(sql`SELECT id, doc FROM ${docs} WHERE id IN (${sql.join(ids.map((r) => sql`${r.id}`), sql`, `)})`);
    record('alt: page query, ids only, docs fetched after', now() - t);
    // Without filters every hit has its document: sort the hits alone, join the page's 10–20.
    t = now();
    await db.orm.all(sql`${withHits} SELECT d.id, d.doc FROM (SELECT id, tier, score FROM hits ORDER BY tier, score, id LIMIT ${options.perPage}) h
      JOIN ${docs} d ON d.id = h.id ORDER BY h.tier, h.score, d.id`);
    record('alt: page query, hits sorted first, docs joined for the page only', now() - t);
    t = now();
    await db.orm.all(sql`SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${withTypos ?? exact} ORDER BY bm25(${fts}, ${weights}) LIMIT ${options.perPage}`);
    record('alt: FTS5 match only, ORDER BY bm25 LIMIT', now() - t);
    t = now();
    await db.orm.all(sql`SELECT count(*) AS n FROM ${fts} WHERE ${fts} MATCH ${withTypos ?? exact}`);
    record('alt: exact count straight from FTS5 (no bm25, no join)', now() - t);
  }
  const steps: Breakdown['steps'] = {};
  for (const [step, list] of times) steps[step] = latencyOf(list);
  return { queries: done, vocabularyTerms, vocabularyLoadMs, steps };
}

/** As-you-type latency by the length of the word being typed (a 1-letter prefix has no prefix index). */
export function byLastWordLength(queries: readonly string[], times: readonly number[]): Record<string, Latency> {
  const classes: Record<string, number[]> = { '1 letter': [], '2–4 letters': [], '5–8 letters': [], '9+ letters': [] };
  queries.forEach((q, i) => {
    const last = [...(q.trim().split(/\s+/).at(-1) ?? '')].length;
    const key = last <= 1 ? '1 letter' : last <= 4 ? '2–4 letters' : last <= 8 ? '5–8 letters' : '9+ letters';
    classes[key]?.push(times[i] as number);
  });
  return Object.fromEntries(Object.entries(classes).filter(([, t]) => t.length > 0).map(([k, t]) => [k, latencyOf(t)]));
}
