import type { Database } from '@solidaria/db';
import type { SearchDocument, SearchEngine } from '@solidaria/search';
import { seconds } from './timing';

export interface IndexingResult {
  documents: number;
  seconds: number;
  docsPerSecond: number;
  /** The same per CPU second of this process: less disturbed by other work on the machine. */
  docsPerCpuSecond: number;
}

/** Times `work` by the clock and by this process's CPU. */
export function timeIndexing(documents: number, work: () => void): IndexingResult;
export function timeIndexing(documents: number, work: () => Promise<void>): Promise<IndexingResult>;
export function timeIndexing(documents: number, work: () => void | Promise<void>): IndexingResult | Promise<IndexingResult> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const done = (): IndexingResult => {
    const s = seconds(start);
    const used = process.cpuUsage(cpu);
    return { documents, seconds: s, docsPerSecond: documents / s, docsPerCpuSecond: documents / ((used.user + used.system) / 1e6) };
  };
  const running = work();
  return running instanceof Promise ? running.then(done) : done();
}

/**
 * Puts documents in an index the way the app does: the engine's writes, in the
 * database's atomic unit, one batch at a time.
 */
export async function indexDocuments(
  db: Database,
  engine: SearchEngine,
  index: string,
  documents: readonly SearchDocument[],
  batchSize = 5_000,
  onProgress: (done: number) => void = () => {},
): Promise<IndexingResult> {
  return timeIndexing(documents.length, async () => {
    for (let i = 0; i < documents.length; i += batchSize) {
      await db.atomic(engine.upsertWrites(index, documents.slice(i, i + batchSize)));
      onProgress(Math.min(i + batchSize, documents.length));
    }
  });
}

/** What a search box sends while someone types: the title-like fields only (the budget is for these). */
export const asYouTypeQuery = (q: string) => ({ q, perPage: 10, asYouType: true });
/** The same words over every field, description included, for comparison. */
export const asYouTypeAllFieldsQuery = (q: string) => ({ q, perPage: 10 });
/** The title-like fields of the bench's offers, for MiniSearch's as-you-type. */
export const TITLE_FIELDS = ['title', 'occupation'] as const;
export const fullQuery = (q: string) => ({ q, perPage: 20, highlight: true });
