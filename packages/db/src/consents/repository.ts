import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database, Write } from '../database';
import { consents } from './table';

export type ConsentRow = typeof consents.$inferSelect;

export async function listConsents(db: Database, userId: number): Promise<ConsentRow[]> {
  return db.orm.select().from(consents).where(eq(consents.userId, userId)).orderBy(desc(consents.id));
}

/**
 * The person's newest consent record for a purpose, or null if they were never asked.
 * A withdrawal ends every standing grant at once, so the newest record alone says
 * whether the consent stands (no withdrawal time) or was refused (one).
 */
export async function latestConsent(db: Database, userId: number, purpose: string): Promise<ConsentRow | null> {
  const [row] = await db.orm.select().from(consents).where(and(eq(consents.userId, userId), eq(consents.purpose, purpose))).orderBy(desc(consents.id)).limit(1);
  return row ?? null;
}

export function grantConsentWrite(
  db: Database,
  c: { userId: number; purpose: string; noticeVersion: string; now: Date; recordedBy?: number | null; explanation?: string | null },
): Write {
  return db.orm.insert(consents).values({
    userId: c.userId, purpose: c.purpose, noticeVersion: c.noticeVersion, grantedAt: c.now, recordedBy: c.recordedBy ?? null, explanation: c.explanation ?? null,
  });
}

/** Of these people (a page of them), those whose consent for a purpose stands. */
export async function withStandingConsent(db: Database, userIds: readonly number[], purpose: string): Promise<Set<number>> {
  if (userIds.length === 0) return new Set();
  const rows = await db.orm
    .select({ userId: consents.userId })
    .from(consents)
    .where(and(inArray(consents.userId, [...userIds]), eq(consents.purpose, purpose), isNull(consents.withdrawnAt)));
  return new Set(rows.map((r) => r.userId));
}

/** Withdraws every standing consent of the person for a purpose; the records stay. */
export function withdrawConsentWrite(db: Database, userId: number, purpose: string, now: Date): Write {
  return db.orm
    .update(consents)
    .set({ withdrawnAt: now })
    .where(and(eq(consents.userId, userId), eq(consents.purpose, purpose), isNull(consents.withdrawnAt)));
}
