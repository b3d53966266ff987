import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Changes waiting for an external search engine (Meilisearch), written in the same
 * atomic unit as the data they mirror, so an outage of the engine loses nothing.
 */
export const searchOutbox = sqliteTable(
  'search_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    indexName: text('index_name').notNull(),
    operation: text('operation', { enum: ['upsert', 'delete'] }).notNull(),
    documentId: integer('document_id').notNull(),
    /** The document, for an upsert. */
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
  },
  (t) => [index('search_outbox_due').on(t.nextAttemptAt, t.id)],
);
