import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from '../accounts/tables';

/** What a person agreed to, under which notice, when; withdrawal keeps the record. */
export const consents = sqliteTable(
  'consents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').notNull(),
    noticeVersion: text('notice_version').notNull(),
    grantedAt: integer('granted_at', { mode: 'timestamp_ms' }).notNull(),
    withdrawnAt: integer('withdrawn_at', { mode: 'timestamp_ms' }),
    /** The officer who recorded it at an assisted registration, if any. */
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    /** At an assisted registration: what the officer explained, in the officer's words. */
    explanation: text('explanation'),
  },
  (t) => [index('consents_user').on(t.userId)],
);
