import { sql } from 'drizzle-orm';
import type { Database, Write } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { createEmbeddedSearch, type SearchDocument } from '@solidaria/search';
import { docsTableName, ftsTableName } from '../../search/src/embedded/schema';
import type { BenchOffer } from './offers-index';
import { benchOffersIndex } from './offers-index';

// Where indexing time goes: the engine's writes for a batch are built in JS, then run in
// one transaction as three statements per chunk (FTS5 delete by rowid, FTS5 insert, docs
// upsert). Each part is timed on a fresh database, then the same rows are written by plain
// prepared statements (one row per call), the floor of what SQLite itself needs.

export type IndexingPart = 'build writes (drizzle, JS)' | 'FTS5 delete by rowid IN (…)' | 'FTS5 insert' | 'docs upsert (+3 indexes)' | 'commit (fsync)'
  | 'alt: FTS5 insert, prepared, row by row' | 'alt: docs insert, prepared, row by row' | 'alt: FTS5 insert without description'
  | "alt: FTS5 insert, no prefix indexes (prefix='2 3 4' dropped)" | "alt: FTS5 insert, contentless (content='')"
  | 'alt: two FTS5 tables: title + occupation with prefix indexes, description without';

export interface IndexingBreakdown {
  documents: number;
  /** Seconds per part for the whole set, and the documents per second it alone allows. */
  parts: { part: IndexingPart; seconds: number; docsPerSecond: number }[];
}

type RawClient = { prepare(sql: string): { run(...params: unknown[]): unknown }; exec(sql: string): void; transaction<F extends (...a: never[]) => unknown>(f: F): F };
const clientOf = (db: Database) => (db.orm as unknown as { $client: RawClient }).$client;

/** One insert into the two tables of the split design. */
function splitInsert(client: RawClient) {
  const titles = client.prepare('INSERT INTO bench_titles (rowid, title, occupation) VALUES (?, ?, ?)');
  const descriptions = client.prepare('INSERT INTO bench_descriptions (rowid, description) VALUES (?, ?)');
  return {
    run(id: number, title: string, occupation: string, description: string | null) {
      titles.run(id, title, occupation);
      descriptions.run(id, description);
    },
  };
}

export async function breakDownIndexing(dir: string, offers: readonly BenchOffer[], batchSize = 5_000): Promise<IndexingBreakdown> {
  const totals = new Map<IndexingPart, number>();
  const add = (part: IndexingPart, ms: number) => totals.set(part, (totals.get(part) ?? 0) + ms);

  const db = openSqliteDatabase(`${dir}/indexing-parts.db`);
  const engine = createEmbeddedSearch(db, [benchOffersIndex]);
  await engine.applySettings();
  const kinds: IndexingPart[] = ['FTS5 delete by rowid IN (…)', 'FTS5 insert', 'docs upsert (+3 indexes)'];
  for (let i = 0; i < offers.length; i += batchSize) {
    let t = performance.now();
    const writes = engine.upsertWrites(benchOffersIndex.name, offers.slice(i, i + batchSize) as SearchDocument[]);
    add('build writes (drizzle, JS)', performance.now() - t);
    await db.orm.run(sql`BEGIN`);
    writes.forEach((write: Write, k) => {
      t = performance.now();
      (write as unknown as { run(): unknown }).run();
      add(kinds[k % 3] as IndexingPart, performance.now() - t);
    });
    t = performance.now();
    await db.orm.run(sql`COMMIT`);
    add('commit (fsync)', performance.now() - t);
  }
  db.close();

  // The floor: the same rows through prepared single-row statements, in one transaction per batch.
  const variants = [
    { part: 'alt: FTS5 insert, prepared, row by row', description: true, options: null },
    { part: 'alt: FTS5 insert without description', description: false, options: null },
    { part: "alt: FTS5 insert, no prefix indexes (prefix='2 3 4' dropped)", description: true, options: '' },
    { part: "alt: FTS5 insert, contentless (content='')", description: true, options: ", prefix = '2 3 4', content = ''" },
    { part: 'alt: two FTS5 tables: title + occupation with prefix indexes, description without', description: true, options: 'split' },
  ] as const;
  for (const [v, variant] of variants.entries()) {
    const raw = openSqliteDatabase(`${dir}/indexing-floor-${v}.db`);
    const rawEngine = createEmbeddedSearch(raw, [benchOffersIndex]);
    await rawEngine.applySettings();
    const client = clientOf(raw);
    const table = variant.options === null ? ftsTableName(benchOffersIndex) : 'bench_variant';
    const tokenize = "tokenize = 'unicode61 remove_diacritics 2'";
    if (variant.options === 'split') {
      client.exec(`CREATE VIRTUAL TABLE bench_titles USING fts5(title, occupation, ${tokenize}, prefix = '2 3 4')`);
      client.exec(`CREATE VIRTUAL TABLE bench_descriptions USING fts5(description, ${tokenize})`);
    } else if (variant.options !== null) {
      client.exec(`CREATE VIRTUAL TABLE ${table} USING fts5(title, occupation, description, ${tokenize}${variant.options})`);
    }
    const fts = variant.options === 'split' ? splitInsert(client) : client.prepare(`INSERT INTO "${table}" (rowid, title, occupation, description) VALUES (?, ?, ?, ?)`);
    const docs = client.prepare(`INSERT INTO "${docsTableName(benchOffersIndex)}" (id, doc, municipality, salary, skills, remote) VALUES (?, ?, ?, ?, ?, ?)`);
    for (let i = 0; i < offers.length; i += batchSize) {
      const batch = offers.slice(i, i + batchSize);
      let t = performance.now();
      client.transaction(() => { for (const o of batch) fts.run(o.id, o.title, o.occupation, variant.description ? o.description : null); })();
      add(variant.part, performance.now() - t);
      if (v > 0) continue;
      t = performance.now();
      client.transaction(() => {
        for (const o of batch) docs.run(o.id, JSON.stringify(o), o.municipality, o.salary, JSON.stringify(o.skills), Number(o.remote));
      })();
      add('alt: docs insert, prepared, row by row', performance.now() - t);
    }
    raw.close();
  }
  return {
    documents: offers.length,
    parts: [...totals].map(([part, ms]) => ({ part, seconds: ms / 1000, docsPerSecond: offers.length / (ms / 1000) })),
  };
}
