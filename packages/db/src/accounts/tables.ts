import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Role } from '@solidaria/core';
import { municipalities } from '../municipalities/table';
import { timestamp } from '../columns';

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').unique(),
    phone: text('phone').unique(),
    displayName: text('display_name').notNull(),
    /** The name folded by core nameKey (no accents, no case), what the office searches; written with the name. */
    nameKey: text('name_key').notNull(),
    language: text('language', { enum: ['es', 'en'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    municipalityId: integer('municipality_id').references(() => municipalities.id),
    totpSecret: text('totp_secret'),
    totpConfirmedAt: timestamp('totp_confirmed_at'),
    /** The 30-second step of the last code accepted; a code is never accepted twice. */
    totpLastStep: integer('totp_last_step'),
    disabledAt: timestamp('disabled_at'),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [check('users_email_or_phone', sql`${t.email} IS NOT NULL OR ${t.phone} IS NOT NULL`)],
);

export const userRoles = sqliteTable(
  'user_roles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
    municipalityId: integer('municipality_id').references(() => municipalities.id),
    grantedAt: timestamp('granted_at').notNull(),
    grantedBy: integer('granted_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('user_roles_unique').on(t.userId, t.role, sql`ifnull(${t.municipalityId}, 0)`),
    check('user_roles_officer_has_municipality', sql`(${t.role} = 'officer') = (${t.municipalityId} IS NOT NULL)`),
  ],
);

export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    /** Password checked, TOTP code not yet: good for nothing but the TOTP step. */
    totpPending: integer('totp_pending', { mode: 'boolean' }).notNull(),
    createdAt: timestamp('created_at').notNull(),
    lastSeenAt: timestamp('last_seen_at').notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const passwordResets = sqliteTable('password_resets', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at').notNull(),
  expiresAt: timestamp('expires_at').notNull(),
  usedAt: timestamp('used_at'),
  /** The officer who issued it in person, for a phone-only account. */
  issuedBy: integer('issued_by').references(() => users.id),
});
