import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from '../accounts/tables';
import { placements } from '../applications/tables';
import { timestamp, bool } from '../columns';

/** Whether a placed person still had the job 1, 3 or 6 months after it started. */
export const placementFollowUps = sqliteTable(
  'placement_follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    placementId: integer('placement_id').notNull().references(() => placements.id, { onDelete: 'cascade' }),
    months: integer('months').$type<1 | 3 | 6>().notNull(),
    stillEmployed: bool('still_employed').notNull(),
    note: text('note'),
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at').notNull(),
  },
  (t) => [uniqueIndex('placement_follow_ups_once').on(t.placementId, t.months)],
);

/**
 * A one-time code an officer gives a person registered at the office, to take over the
 * account later. Only a hash is kept; a code works once and expires.
 */
export const takeoverCodes = sqliteTable(
  'takeover_codes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at').notNull(),
    expiresAt: timestamp('expires_at').notNull(),
    usedAt: timestamp('used_at'),
  },
  (t) => [uniqueIndex('takeover_codes_hash').on(t.codeHash), index('takeover_codes_user').on(t.userId)],
);
