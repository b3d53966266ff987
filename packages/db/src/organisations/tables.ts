import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from '../accounts/tables';
import { municipalities } from '../municipalities/table';

/**
 * Employers' organisations. Only a verified one (checked by the municipal office) sees
 * job seekers' profiles. Registration and verification come with the employers' issue.
 */
export const organisations = sqliteTable('organisations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  municipalityId: integer('municipality_id').notNull().references(() => municipalities.id),
  verification: text('verification', { enum: ['unverified', 'verified', 'rejected'] }).notNull().default('unverified'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

export const organisationMembers = sqliteTable(
  'organisation_members',
  {
    organisationId: integer('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('organisation_members_user').on(t.userId)],
);
