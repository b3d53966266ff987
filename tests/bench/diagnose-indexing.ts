import type { Database } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { createEmbeddedSearch, type SearchDocument } from '@solidaria/search';
import { createDocsStatements, layoutOf } from '../../search/src/embedded/schema';
import { indexDocuments } from './embedded';
import { benchOffersIndex, type BenchOffer } from './offers-index';

// Where indexing time goes. The engine writes each document to three tables (title-like
// FTS5 table, all-fields FTS5 table, documents table) with prepared statements inside the
// caller's transaction. Here each table is filled alone from a fresh database, with the
// same statements, one transaction per batch, and a few other table designs beside it.

export interface IndexingBreakdown {
  documents: number;
  /**
   * Seconds per part for the whole set, and the documents per second it alone allows; also
   * in CPU seconds of this process (SQLite runs in it), which other work on the machine
   * disturbs far less than the clock.
   */
  parts: { part: string; seconds: number; docsPerSecond: number; cpuSeconds: number; docsPerCpuSecond: number }[];
}

type RawClient = { prepare(sql: string): { run(...params: unknown[]): unknown }; exec(sql: string): void; transaction<F extends (...a: never[]) => unknown>(f: F): F };
const clientOf = (db: Database) => (db.orm as unknown as { $client: RawClient }).$client;
const TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'";
const CONTENTLESS = "content = '', contentless_delete = 1";
// The engine's writing settings (search/src/embedded/schema.ts).
const writing = (table: string) => [`INSERT INTO ${table} (${table}, rank) VALUES ('hashsize', ${8 * 2 ** 20})`, `INSERT INTO ${table} (${table}, rank) VALUES ('automerge', 8)`];

type Part = { part: string; create: string[]; insert: string; values: (o: BenchOffer) => unknown[] };
const title = (o: BenchOffer) => [o.id, o.title, o.occupation];
const all = (o: BenchOffer) => [o.id, o.title, o.occupation, o.description];
const insertAll = 'INSERT OR REPLACE INTO t (rowid, title, occupation, description) VALUES (?, ?, ?, ?)';

const parts: Part[] = [
  { part: 'title-like FTS5 table (title, occupation; prefix indexes)',
    create: [`CREATE VIRTUAL TABLE t USING fts5(title, occupation, ${TOKENIZE}, prefix = '2 3 4', ${CONTENTLESS})`, ...writing('t')],
    insert: 'INSERT OR REPLACE INTO t (rowid, title, occupation) VALUES (?, ?, ?)', values: title },
  { part: 'all-fields FTS5 table (title, occupation, description; no prefix indexes)',
    create: [`CREATE VIRTUAL TABLE t USING fts5(title, occupation, description, ${TOKENIZE}, ${CONTENTLESS})`, ...writing('t')], insert: insertAll, values: all },
  { part: 'documents table (JSON, 4 filter columns, 3 indexes)', create: createDocsStatements(layoutOf({ ...benchOffersIndex, name: 'x' })),
    insert: 'INSERT INTO search_x_docs (id, doc, municipality, salary, skills, remote) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc',
    values: (o) => [o.id, JSON.stringify(o), o.municipality, o.salary, JSON.stringify(o.skills), Number(o.remote)] },
  { part: 'alt: all-fields table with FTS5\'s default writing (1 MB per segment, merge at 4)',
    create: [`CREATE VIRTUAL TABLE t USING fts5(title, occupation, description, ${TOKENIZE}, ${CONTENTLESS})`], insert: insertAll, values: all },
  { part: 'alt: all-fields table without word positions (detail=column; bm25 then scores 0 in a contentless table)',
    create: [`CREATE VIRTUAL TABLE t USING fts5(title, occupation, description, ${TOKENIZE}, detail = column, ${CONTENTLESS})`, ...writing('t')], insert: insertAll, values: all },
  { part: 'alt: all-fields table without columns either (detail=none; no bm25 weights per field)',
    create: [`CREATE VIRTUAL TABLE t USING fts5(title, occupation, description, ${TOKENIZE}, detail = none, ${CONTENTLESS})`, ...writing('t')], insert: insertAll, values: all },
  // Not a layout the engine could use (titles unsearchable, no ranking by field, one
  // insert that would fail on an update): the least work FTS5 can do with the text that
  // must be searchable, to show what the budget asks of FTS5 itself on this machine.
  { part: 'floor: FTS5 on the descriptions alone (no positions, no merging, plain INSERT, nothing else written)',
    create: [`CREATE VIRTUAL TABLE t USING fts5(description, ${TOKENIZE}, detail = none, content = '')`, "INSERT INTO t (t, rank) VALUES ('automerge', 0)"],
    insert: 'INSERT INTO t (rowid, description) VALUES (?, ?)', values: (o) => [o.id, o.description] },
  { part: 'alt: the first layout, one table with its own copy of the text and prefix indexes',
    create: [`CREATE VIRTUAL TABLE t USING fts5(title, occupation, description, ${TOKENIZE}, prefix = '2 3 4')`],
    insert: 'INSERT INTO t (rowid, title, occupation, description) VALUES (?, ?, ?, ?)', values: all },
];

export async function breakDownIndexing(dir: string, offers: readonly BenchOffer[], batchSize = 5_000): Promise<IndexingBreakdown> {
  const out: IndexingBreakdown['parts'] = [];
  let cpu = process.cpuUsage();
  const startCpu = () => (cpu = process.cpuUsage());
  const record = (part: string, ms: number) => {
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    out.push({ part, seconds: ms / 1000, docsPerSecond: offers.length / (ms / 1000), cpuSeconds, docsPerCpuSecond: offers.length / cpuSeconds });
  };

  const db = openSqliteDatabase(`${dir}/indexing-engine.db`);
  const engine = createEmbeddedSearch(db, [benchOffersIndex]);
  await engine.applySettings();
  startCpu();
  const whole = await indexDocuments(db, engine, benchOffersIndex.name, offers as readonly SearchDocument[], batchSize);
  record('the engine: all three tables, in one transaction per batch', whole.seconds * 1000);
  db.close();

  // A serving process has searched before it indexes: its vocabulary is in memory and
  // takes every new word of the documents as they are written.
  const serving = openSqliteDatabase(`${dir}/indexing-serving.db`);
  const servingEngine = createEmbeddedSearch(serving, [benchOffersIndex]);
  await servingEngine.applySettings();
  await servingEngine.search(benchOffersIndex.name, { q: 'cocinero' });
  startCpu();
  const warm = await indexDocuments(serving, servingEngine, benchOffersIndex.name, offers as readonly SearchDocument[], batchSize);
  record('the engine in a serving process (vocabulary in memory, as after a first search)', warm.seconds * 1000);
  serving.close();

  startCpu();
  let t = performance.now();
  for (const o of offers) JSON.stringify(o);
  record('JSON.stringify of the documents (part of the documents table)', performance.now() - t);
  for (const [i, p] of parts.entries()) {
    const raw = openSqliteDatabase(`${dir}/indexing-part-${i}.db`);
    const client = clientOf(raw);
    for (const statement of p.create) client.exec(statement);
    const insert = client.prepare(p.insert);
    const write = client.transaction((batch: readonly BenchOffer[]) => { for (const o of batch) insert.run(...p.values(o)); });
    startCpu();
    t = performance.now();
    for (let k = 0; k < offers.length; k += batchSize) write(offers.slice(k, k + batchSize));
    record(p.part, performance.now() - t);
    raw.close();
  }
  return { documents: offers.length, parts: out };
}
