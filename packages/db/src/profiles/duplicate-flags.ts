import { and, eq, like, ne, or, sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { duplicateReason, type Profile } from '@solidaria/core';
import { users } from '../accounts/tables';
import type { Database, Write } from '../database';
import { municipalities } from '../municipalities/table';
import { seekerProfiles } from './tables';

/** Possible double registrations, for the municipal office to review (never a block). */
export const duplicateFlags = sqliteTable(
  'duplicate_flags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    similarUserId: integer('similar_user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    municipalityId: integer('municipality_id').notNull().references(() => municipalities.id),
    reason: text('reason', { enum: ['same_phone', 'similar_name_same_birth_year'] }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('duplicate_flags_pair').on(t.userId, t.similarUserId),
    // The office's queue: a municipality's open flags, oldest first, a page at a time
    // (16 ms → about 1 ms per page with 20,000 open flags; tests/bench/duplicates.ts).
    index('duplicate_flags_open_queue').on(t.municipalityId, t.createdAt, t.id).where(sql`resolved_at IS NULL`),
  ],
);

/** Flags for the profiles of the same municipality that may be the same person as this one. */
export async function duplicateFlagWrites(db: Database, profile: Profile, phone: string | null, now: Date): Promise<Write[]> {
  const others = await db.orm
    .select({ userId: seekerProfiles.userId, phone: users.phone, displayName: users.displayName, birthDate: seekerProfiles.birthDate })
    .from(seekerProfiles)
    .innerJoin(users, eq(users.id, seekerProfiles.userId))
    .where(and(
      eq(seekerProfiles.municipalityId, profile.municipalityId),
      ne(seekerProfiles.userId, profile.userId),
      or(like(seekerProfiles.birthDate, `${profile.birthDate.slice(0, 4)}-%`), phone ? eq(users.phone, phone) : undefined),
    ));
  const me = { phone, displayName: profile.displayName, birthDate: profile.birthDate };
  return others.flatMap((other) => {
    const reason = duplicateReason(me, other);
    return reason
      ? [db.orm.insert(duplicateFlags).values({ userId: profile.userId, similarUserId: other.userId, municipalityId: profile.municipalityId, reason, createdAt: now }).onConflictDoNothing()]
      : [];
  });
}
