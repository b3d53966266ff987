import { and, asc, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database, Write } from '../database';
import { outbox } from './table';

export type OutboxRow = typeof outbox.$inferSelect;

export interface OutgoingEmail {
  recipient: string;
  subject: string;
  body: string;
}

export function enqueueEmailWrite(db: Database, email: OutgoingEmail, now: Date): Write {
  return db.orm.insert(outbox).values({ channel: 'email', ...email, createdAt: now, nextAttemptAt: now });
}

/** Messages not yet sent whose next attempt is due, oldest first. */
export async function dueMessages(db: Database, now: Date, limit = 20): Promise<OutboxRow[]> {
  return db.orm
    .select()
    .from(outbox)
    .where(and(isNull(outbox.sentAt), or(isNull(outbox.nextAttemptAt), lte(outbox.nextAttemptAt, now))))
    .orderBy(asc(outbox.id))
    .limit(limit);
}

export async function markSent(db: Database, id: number, now: Date): Promise<void> {
  await db.orm.update(outbox).set({ sentAt: now, lastError: null }).where(eq(outbox.id, id));
}

export async function markFailed(db: Database, id: number, error: string, nextAttemptAt: Date): Promise<void> {
  await db.orm
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1`, lastError: error.slice(0, 500), nextAttemptAt })
    .where(eq(outbox.id, id));
}
