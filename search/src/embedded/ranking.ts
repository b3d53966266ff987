import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@solidaria/db';
import type { FtsTable } from './schema';

/**
 * How many matches of one tier bm25 ranks, at most. Scoring costs per match, so a word
 * being typed that matches most of the index ("co") would cost tens of milliseconds:
 * past this many matches, a tier ranks its most recent ones (the highest ids).
 */
export const RANKED_MATCHES = 2_000;

/** An FTS5 table to match in, limited to some of its columns (none: all). */
export interface Source {
  table: FtsTable;
  columns: readonly string[];
}

/** Documents matching an expression in a source, ranked after every earlier tier's. */
export interface Tier {
  source: Source;
  expression: string;
  /** How many documents match it or an earlier tier (counted up to 1,001): all tiers' union. */
  all: number;
}

export interface Ranking {
  db: Database;
  /** `FROM … WHERE <match> <filters> <extra>` for a source and expression. */
  matching(source: Source, expression: string, extra?: SQL): SQL;
  /** Counts above this are lower bounds. */
  maxCount: number;
}

const weightsOf = (s: Source) => sql.raw(s.table.fields.map((f) => f.weight).join(', '));
const idList = (ids: readonly number[]) => sql.raw(ids.join(', '));

/**
 * The first `need` ids, tier by tier, each tier ranked by bm25 without the ids already
 * taken, until there are enough: a broad query stops after its first, cheap tier.
 */
export async function rankTierByTier(r: Ranking, tiers: readonly Tier[], need: number): Promise<number[]> {
  const ids: number[] = [];
  for (const tier of tiers) {
    if (ids.length >= need) break;
    if (tier.all <= r.maxCount && ids.length >= tier.all) continue;
    const fts = sql.identifier(tier.source.table.name);
    const taken = ids.length > 0 ? sql` AND ${fts}.rowid NOT IN (${idList(ids)})` : sql``;
    // A tier known to be small is ranked whole; a large one ranks its newest matches.
    const newest = sql`(SELECT ${fts}.rowid ${r.matching(tier.source, tier.expression, taken)} ORDER BY ${fts}.rowid DESC LIMIT 1 OFFSET ${RANKED_MATCHES - 1})`;
    const bounded = tier.all > r.maxCount ? sql`${taken} AND ${fts}.rowid >= coalesce(${newest}, 0)` : taken;
    const ranked = await r.db.orm.all<{ id: number }>(
      sql`SELECT ${fts}.rowid AS id ${r.matching(tier.source, tier.expression, bounded)}
        ORDER BY bm25(${fts}, ${weightsOf(tier.source)}), ${fts}.rowid LIMIT ${need - ids.length}`,
    );
    for (const row of ranked) ids.push(row.id);
  }
  return ids;
}

/**
 * Every match, ranked, when all of them fit on the page: one bm25 query over the last
 * (widest) tier, then which earlier tier each belongs to, asked of those few ids only.
 * Each bm25 query reads every matching document of each query word for its weights, so
 * one query instead of one per tier is what a query with few matches saves.
 */
export async function rankWhole(r: Ranking, tiers: readonly Tier[]): Promise<number[]> {
  const last = tiers.at(-1) as Tier;
  const fts = sql.identifier(last.source.table.name);
  const all = await r.db.orm.all<{ id: number; score: number }>(
    sql`SELECT ${fts}.rowid AS id, bm25(${fts}, ${weightsOf(last.source)}) AS score ${r.matching(last.source, last.expression)}`,
  );
  const placed = new Map(all.map((m) => [m.id, { tier: tiers.length - 1, score: m.score }]));
  let rest = all.length;
  for (const [i, tier] of tiers.slice(0, -1).entries()) {
    if (rest === 0) break;
    const t = sql.identifier(tier.source.table.name);
    const sameTable = tier.source.table.name === last.source.table.name;
    const score = sameTable ? sql`0` : sql`bm25(${t}, ${weightsOf(tier.source)})`;
    // Not `rowid IN (…)`: FTS5 would evaluate the whole expression again for each id.
    // An earlier tier's matches are among the last tier's, so they are as few.
    const rows = await r.db.orm.all<{ id: number; score: number }>(sql`SELECT ${t}.rowid AS id, ${score} AS score ${r.matching(tier.source, tier.expression)}`);
    for (const row of rows) {
      const here = placed.get(row.id);
      if (here && here.tier > i) {
        placed.set(row.id, { tier: i, score: sameTable ? here.score : row.score });
        rest--;
      }
    }
  }
  return [...placed].sort(([a, x], [b, y]) => x.tier - y.tier || x.score - y.score || a - b).map(([id]) => id);
}
