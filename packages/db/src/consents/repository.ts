import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database, Write } from '../database';
import { consents } from './table';

export type ConsentRow = typeof consents.$inferSelect;

export async function listConsents(db: Database, userId: number): Promise<ConsentRow[]> {
  return db.orm.select().from(consents).where(eq(consents.userId, userId)).orderBy(desc(consents.id));
}

export function grantConsentWrite(
  db: Database,
  c: { userId: number; purpose: string; noticeVersion: string; now: Date; recordedBy?: number | null; explanation?: string | null },
): Write {
  return db.orm.insert(consents).values({
    userId: c.userId, purpose: c.purpose, noticeVersion: c.noticeVersion, grantedAt: c.now, recordedBy: c.recordedBy ?? null, explanation: c.explanation ?? null,
  });
}

/** Withdraws every standing consent of the person for a purpose; the records stay. */
export function withdrawConsentWrite(db: Database, userId: number, purpose: string, now: Date): Write {
  return db.orm
    .update(consents)
    .set({ withdrawnAt: now })
    .where(and(eq(consents.userId, userId), eq(consents.purpose, purpose), isNull(consents.withdrawnAt)));
}
