import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Sector, VerificationState } from '@solidaria/core';
import { users } from '../accounts/tables';
import { municipalities } from '../municipalities/table';
import { timestamp } from '../columns';

/**
 * Employers' organisations. An officer of the municipality verifies one before its offers
 * go public or it sees any job seeker; the decision and its reason are kept here and in
 * the audit log.
 */
export const organisations = sqliteTable(
  'organisations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    sector: text('sector').$type<Sector>().notNull().default('other'),
    municipalityId: integer('municipality_id').notNull().references(() => municipalities.id),
    /** Normalised for its country; null only for rows made before registration existed. */
    taxId: text('tax_id'),
    description: text('description').notNull().default(''),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    website: text('website'),
    verification: text('verification').$type<VerificationState>().notNull().default('unverified'),
    verificationReason: text('verification_reason'),
    verifiedBy: integer('verified_by').references(() => users.id, { onDelete: 'set null' }),
    verifiedAt: timestamp('verified_at'),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [uniqueIndex('organisations_tax_id').on(t.taxId), index('organisations_municipality').on(t.municipalityId, t.verification)],
);

export const organisationMembers = sqliteTable(
  'organisation_members',
  {
    organisationId: integer('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('organisation_members_user').on(t.userId)],
);
