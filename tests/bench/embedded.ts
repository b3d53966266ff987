import type { Database } from '@solidaria/db';
import type { SearchDocument, SearchEngine } from '@solidaria/search';
import { seconds } from './timing';

export interface IndexingResult {
  documents: number;
  seconds: number;
  docsPerSecond: number;
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
  const start = performance.now();
  for (let i = 0; i < documents.length; i += batchSize) {
    await db.atomic(engine.upsertWrites(index, documents.slice(i, i + batchSize)));
    onProgress(Math.min(i + batchSize, documents.length));
  }
  const s = seconds(start);
  return { documents: documents.length, seconds: s, docsPerSecond: documents.length / s };
}

/** What a search box sends while someone types: the title-like fields only (the budget is for these). */
export const asYouTypeQuery = (q: string) => ({ q, perPage: 10, asYouType: true });
/** The same words over every field, description included, for comparison. */
export const asYouTypeAllFieldsQuery = (q: string) => ({ q, perPage: 10 });
/** The title-like fields of the bench's offers, for MiniSearch's as-you-type. */
export const TITLE_FIELDS = ['title', 'occupation'] as const;
export const fullQuery = (q: string) => ({ q, perPage: 20, highlight: true });
