import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Append-only: a migration adds triggers that refuse UPDATE and DELETE.
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorUserId: integer('actor_user_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    requestId: text('request_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [index('audit_subject').on(t.subjectType, t.subjectId), index('audit_actor').on(t.actorUserId)],
);
