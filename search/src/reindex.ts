import type { Database } from '@solidaria/db';
import { SearchError } from './errors';
import { INDEX_SOURCES } from './indexes/registry';
import type { SearchEngine } from './port';

const PAGE = 2_000;

/**
 * Rebuilds an index from the database, page by page, each page in its own atomic unit,
 * so the app keeps serving while it runs: documents are replaced in place and those
 * whose rows are gone removed at the end (an engine that cannot list its ids is emptied
 * first instead). Reports progress as (done, total).
 */
export async function reindex(
  db: Database,
  engine: SearchEngine,
  index: string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<number> {
  const source = INDEX_SOURCES.find((s) => s.definition.name === index);
  if (!source) throw new SearchError('UNKNOWN_INDEX', `There is no search index "${index}".`);
  const total = await source.count(db);
  const before = engine.documentIds ? new Set(await engine.documentIds(index)) : undefined;
  if (!before) await engine.clear(index);
  let done = 0;
  let afterId = 0;
  for (;;) {
    const documents = await source.page(db, afterId, PAGE);
    if (documents.length === 0) break;
    await db.atomic(engine.upsertWrites(index, documents));
    for (const doc of documents) before?.delete(doc.id);
    done += documents.length;
    afterId = documents.at(-1)!.id;
    onProgress(done, total);
  }
  await db.atomic(engine.deleteWrites(index, [...(before ?? [])]));
  return done;
}

/**
 * How many documents an index holds. A search's total is exact only up to 1,000, so a
 * larger index would look incomplete and be rebuilt at every start; beyond that, the
 * engines that can list their ids are counted by them.
 */
async function indexedCount(engine: SearchEngine, index: string): Promise<number> {
  const { total, totalIsLowerBound } = await engine.search(index, { q: '', perPage: 1 });
  return totalIsLowerBound && engine.documentIds ? (await engine.documentIds(index)).length : total;
}

/** Rebuilds the indexes that are empty while their table is not (a fresh start, a new definition). */
export async function reindexWhereMissing(db: Database, engine: SearchEngine): Promise<string[]> {
  const rebuilt: string[] = [];
  for (const source of INDEX_SOURCES) {
    const rows = await source.count(db);
    if (rows === 0) continue;
    if ((await indexedCount(engine, source.definition.name)) !== rows) {
      await reindex(db, engine, source.definition.name);
      rebuilt.push(source.definition.name);
    }
  }
  return rebuilt;
}
