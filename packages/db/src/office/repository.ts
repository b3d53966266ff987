import { nameKey } from '@solidaria/core';
import { aliasedTable, and, asc, desc, eq, gt, inArray, isNull, like, lt, or, sql, type Column } from 'drizzle-orm';
import { userRoles, users } from '../accounts/tables';
import { placements } from '../applications/tables';
import { auditLog } from '../audit/table';
import type { Database, Write } from '../database';
import { duplicateFlags } from '../profiles/duplicate-flags';
import { seekerProfiles } from '../profiles/tables';
import { placementFollowUps, takeoverCodes } from './tables';

/** All municipalities (an admin) or these ones (an officer). */
export type OfficeScope = '*' | readonly number[];

// A person registered at the office has no e-mail or phone yet, and the accounts table
// needs one of the two: a reserved address (RFC 2606 `.invalid`, never delivered)
// stands in until the person takes the account over with their own.
export const ASSISTED_EMAIL_DOMAIN = 'assisted.invalid';
export const assistedPlaceholderEmail = (random: string) => `pending-${random}@${ASSISTED_EMAIL_DOMAIN}`;
export const awaitsTakeover = (user: { email: string | null }) => user.email?.endsWith(`@${ASSISTED_EMAIL_DOMAIN}`) ?? false;

/** Undoes an assisted registration whose profile could not be saved: only a never-taken-over account. */
export function discardAssistedUserWrite(db: Database, userId: number): Write {
  return db.orm.delete(users).where(and(eq(users.id, userId), like(users.email, `%@${ASSISTED_EMAIL_DOMAIN}`)));
}

// ---- finding a person -------------------------------------------------------------------

/**
 * Job seekers in scope whose name contains the words, where they live by their profile (or
 * registered, without one); at most `limit`, by name. Accents, case and runs of spaces are
 * ignored, in any script (both sides go through core nameKey); `%` and `_` are only
 * themselves. The key is searched anywhere in the name, so no index can serve it: a
 * municipality's seekers are few enough to read through.
 */
export async function peopleNamed(db: Database, scope: OfficeScope, words: string, limit = 20) {
  const place = sql<number | null>`coalesce(${seekerProfiles.municipalityId}, ${users.municipalityId})`;
  const pattern = `%${nameKey(words).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return db.orm
    .select({ id: users.id, displayName: users.displayName, municipalityId: place, registeredAt: users.createdAt, email: users.email, disabledAt: users.disabledAt })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'seeker')))
    .leftJoin(seekerProfiles, eq(seekerProfiles.userId, users.id))
    .where(and(
      sql`${users.nameKey} LIKE ${pattern} ESCAPE '\\'`,
      scope === '*' ? undefined : or(inArray(seekerProfiles.municipalityId, [...scope]), and(isNull(seekerProfiles.userId), inArray(users.municipalityId, [...scope]))),
    ))
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(limit);
}

// ---- lists read a page at a time ----------------------------------------------------

/**
 * A list sorted by `key` then `id` (`ascending` or newest first), read from a position:
 * the rows after it in list order, or with `before` the rows above it, nearest first.
 */
function keyset<K>(key: Column, id: Column, ascending: boolean, from: { after?: { key: K; id: number }; before?: { key: K; id: number } }) {
  const past = (position: { key: K; id: number }, larger: boolean) => {
    const [byKey, byId] = larger ? [gt(key, position.key), gt(id, position.id)] : [lt(key, position.key), lt(id, position.id)];
    return or(byKey, and(eq(key, position.key), byId));
  };
  const upwards = ascending !== (from.before !== undefined);
  return {
    where: and(from.after && past(from.after, ascending), from.before && past(from.before, !ascending)),
    orderBy: upwards ? [asc(key), asc(id)] : [desc(key), desc(id)],
  };
}

// ---- possible duplicate profiles ----------------------------------------------------

const newer = aliasedTable(users, 'newer');
const older = aliasedTable(users, 'older');
const newerProfile = aliasedTable(seekerProfiles, 'newer_profile');
const olderProfile = aliasedTable(seekerProfiles, 'older_profile');

/** Where a flag stands in the office's queue: oldest flagged first, then first raised. */
export interface DuplicatePosition {
  flaggedAt: Date;
  id: number;
}

export interface DuplicatesWanted {
  id?: number;
  /** Only those queued after this one (flagged later), or only those queued before it. */
  after?: DuplicatePosition;
  before?: DuplicatePosition;
  limit?: number;
}

/**
 * Open duplicate flags in scope, oldest first, with what each side looks like; with
 * `before`, the ones queued above that position, nearest first (so newest first).
 */
export async function openDuplicateFlags(db: Database, scope: OfficeScope, wanted: DuplicatesWanted = {}) {
  const { id, after, before, limit } = wanted;
  const open = isNull(duplicateFlags.resolvedAt);
  const inScope = scope === '*' ? undefined : inArray(duplicateFlags.municipalityId, [...scope]);
  const at = (p?: DuplicatePosition) => p && { key: p.flaggedAt, id: p.id };
  const page = keyset(duplicateFlags.createdAt, duplicateFlags.id, true, { after: at(after), before: at(before) });
  return db.orm
    .select({
      id: duplicateFlags.id, reason: duplicateFlags.reason, municipalityId: duplicateFlags.municipalityId, createdAt: duplicateFlags.createdAt,
      newer: { id: newer.id, displayName: newer.displayName, phone: newer.phone, createdAt: newer.createdAt, disabledAt: newer.disabledAt, birthDate: newerProfile.birthDate },
      older: { id: older.id, displayName: older.displayName, phone: older.phone, createdAt: older.createdAt, disabledAt: older.disabledAt, birthDate: olderProfile.birthDate },
    })
    .from(duplicateFlags)
    .innerJoin(newer, eq(newer.id, duplicateFlags.userId))
    .innerJoin(older, eq(older.id, duplicateFlags.similarUserId))
    .leftJoin(newerProfile, eq(newerProfile.userId, duplicateFlags.userId))
    .leftJoin(olderProfile, eq(olderProfile.userId, duplicateFlags.similarUserId))
    .where(and(open, inScope, id === undefined ? undefined : eq(duplicateFlags.id, id), page.where))
    .orderBy(...page.orderBy)
    .limit(limit ?? -1); // -1: SQLite's "no limit"
}

export type OpenDuplicateFlag = Awaited<ReturnType<typeof openDuplicateFlags>>[number];

/** Closes a flag; only an open one, so a second decision changes nothing. */
export function resolveDuplicateFlagWrite(db: Database, id: number, now: Date): Write {
  return db.orm.update(duplicateFlags).set({ resolvedAt: now }).where(and(eq(duplicateFlags.id, id), isNull(duplicateFlags.resolvedAt)));
}

// ---- takeover codes ------------------------------------------------------------------

/** A new code for the person; every earlier unused one stops working at once. */
export function issueTakeoverCodeWrites(db: Database, c: { userId: number; codeHash: string; createdBy: number; now: Date; expiresAt: Date }): Write[] {
  return [
    db.orm.update(takeoverCodes).set({ expiresAt: c.now }).where(and(eq(takeoverCodes.userId, c.userId), isNull(takeoverCodes.usedAt), gt(takeoverCodes.expiresAt, c.now))),
    db.orm.insert(takeoverCodes).values({ userId: c.userId, codeHash: c.codeHash, createdBy: c.createdBy, createdAt: c.now, expiresAt: c.expiresAt }),
  ];
}

/** The code with this hash if it can still be used at `now`. */
export async function usableTakeoverCode(db: Database, codeHash: string, now: Date) {
  const [row] = await db.orm
    .select()
    .from(takeoverCodes)
    .where(and(eq(takeoverCodes.codeHash, codeHash), isNull(takeoverCodes.usedAt), gt(takeoverCodes.expiresAt, now)))
    .limit(1);
  return row;
}

/** The person's own e-mail or phone and password replace the placeholder; the code is spent. */
export function takeOverAccountWrites(
  db: Database,
  t: { codeId: number; userId: number; identifier: { kind: 'email' | 'phone'; value: string }; passwordHash: string; now: Date },
): Write[] {
  return [
    db.orm.update(takeoverCodes).set({ usedAt: t.now }).where(and(eq(takeoverCodes.id, t.codeId), isNull(takeoverCodes.usedAt))),
    db.orm
      .update(users)
      .set({
        email: t.identifier.kind === 'email' ? t.identifier.value : null,
        phone: t.identifier.kind === 'phone' ? t.identifier.value : null,
        passwordHash: t.passwordHash,
      })
      .where(and(eq(users.id, t.userId), like(users.email, `%@${ASSISTED_EMAIL_DOMAIN}`))),
  ];
}

// ---- placements and their follow-ups ---------------------------------------------------

export type PlacementRow = typeof placements.$inferSelect;
export type FollowUpRow = typeof placementFollowUps.$inferSelect;

export async function findPlacement(db: Database, id: number): Promise<PlacementRow | undefined> {
  const [row] = await db.orm.select().from(placements).where(eq(placements.id, id)).limit(1);
  return row;
}

/** The placement an officer has just recorded (D1 hands back no id from a batch). */
export async function lastPlacementRecordedBy(db: Database, officerId: number): Promise<PlacementRow | undefined> {
  const [row] = await db.orm.select().from(placements).where(eq(placements.recordedBy, officerId)).orderBy(desc(placements.id)).limit(1);
  return row;
}

/** Where a placement stands in the office's list: newest start first, then newest recorded. */
export interface PlacementPosition {
  startsOn: string;
  id: number;
}

export interface PlacementsWanted {
  userId?: number;
  /** Only those listed after this one (older starts), or only those listed before it (newer). */
  after?: PlacementPosition;
  before?: PlacementPosition;
  limit?: number;
}

/**
 * Placements in scope with the placed person's name, newest start first; with `before`,
 * the ones listed above that position, nearest first (so oldest first).
 */
export async function placementsInScope(db: Database, scope: OfficeScope, wanted: PlacementsWanted = {}) {
  const { userId, after, before, limit } = wanted;
  const inScope = scope === '*' ? undefined : inArray(placements.municipalityId, [...scope]);
  const at = (p?: PlacementPosition) => p && { key: p.startsOn, id: p.id };
  const page = keyset(placements.startsOn, placements.id, false, { after: at(after), before: at(before) });
  return db.orm
    .select({ placement: placements, personName: users.displayName })
    .from(placements)
    .leftJoin(users, eq(users.id, placements.userId))
    .where(and(inScope, userId === undefined ? undefined : eq(placements.userId, userId), page.where))
    .orderBy(...page.orderBy)
    .limit(limit ?? -1); // -1: SQLite's "no limit"
}

export async function followUpsOf(db: Database, placementIds: readonly number[]): Promise<FollowUpRow[]> {
  if (placementIds.length === 0) return [];
  return db.orm.select().from(placementFollowUps).where(inArray(placementFollowUps.placementId, [...placementIds])).orderBy(asc(placementFollowUps.months));
}

export function recordFollowUpWrite(db: Database, f: Omit<typeof placementFollowUps.$inferInsert, 'id'>): Write {
  return db.orm.insert(placementFollowUps).values(f);
}

// ---- who looked at a person's record ---------------------------------------------------

export const PERSON_VIEWED = 'person.viewed';

/** The audit rows of officers reading this person's record, newest first. */
export async function recordViewsOf(db: Database, userId: number, limit = 200) {
  return db.orm
    .select({ at: auditLog.at, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.action, PERSON_VIEWED), eq(auditLog.subjectType, 'user'), eq(auditLog.subjectId, String(userId))))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
