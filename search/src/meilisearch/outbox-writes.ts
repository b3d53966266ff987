import { schema, type Database, type Write } from '@solidaria/db';
import type { SearchDocument } from '../port';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

// D1 binds at most 100 parameters per statement; each outbox row binds 7.
const rowsPerWrite = (db: Database) => (db.driver === 'd1' ? 14 : 500);

/**
 * Outbox rows, one per document, for the caller's atomic unit: the change reaches
 * Meilisearch only after the data it mirrors is committed, and is lost with it otherwise.
 */
export function outboxWrites(
  db: Database,
  now: Date,
  index: string,
  change: { operation: 'upsert'; documents: readonly SearchDocument[] } | { operation: 'delete'; ids: readonly number[] },
): Write[] {
  const rows = change.operation === 'upsert'
    ? change.documents.map((doc) => ({ documentId: doc.id, payload: { ...doc } as Record<string, unknown> }))
    : change.ids.map((id) => ({ documentId: id, payload: null }));
  const writes: Write[] = [];
  for (let i = 0; i < rows.length; i += rowsPerWrite(db)) {
    const values = rows.slice(i, i + rowsPerWrite(db)).map((row) => ({
      indexName: index,
      operation: change.operation,
      documentId: row.documentId,
      payload: row.payload,
      createdAt: now,
      nextAttemptAt: null,
    }));
    writes.push(db.orm.insert(schema.searchOutbox).values(values));
  }
  return writes;
}
