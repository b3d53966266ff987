import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database, Write } from '../database';
import { sessions, users } from './tables';

export type SessionRow = typeof sessions.$inferSelect;

export interface NewSession {
  userId: number;
  tokenHash: string;
  totpPending: boolean;
  userAgent: string | null;
  now: Date;
}

export function createSessionWrite(db: Database, session: NewSession): Write {
  return db.orm.insert(sessions).values({
    userId: session.userId,
    tokenHash: session.tokenHash,
    totpPending: session.totpPending,
    createdAt: session.now,
    lastSeenAt: session.now,
    userAgent: session.userAgent?.slice(0, 300) ?? null,
  });
}

/** The session for a token's hash with its holder, if both exist. */
export async function findSessionByTokenHash(db: Database, tokenHash: string) {
  const [row] = await db.orm
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  return row;
}

export async function touchSession(db: Database, id: number, now: Date): Promise<void> {
  await db.orm.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

export function deleteSessionWrite(db: Database, id: number): Write {
  return db.orm.delete(sessions).where(eq(sessions.id, id));
}

export function deleteSessionsOfUserWrite(db: Database, userId: number, exceptId?: number): Write {
  const filter = exceptId === undefined ? eq(sessions.userId, userId) : and(eq(sessions.userId, userId), sql`${sessions.id} <> ${exceptId}`);
  return db.orm.delete(sessions).where(filter);
}

export async function listSessionsOfUser(db: Database, userId: number): Promise<SessionRow[]> {
  return db.orm
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.totpPending, false)))
    .orderBy(desc(sessions.lastSeenAt));
}
