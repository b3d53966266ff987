import { eq, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { rateLimits } from './table';

export type RateLimitRow = typeof rateLimits.$inferSelect;

/**
 * Counts one more hit for `key` in a fixed window of `windowMs` and returns the count,
 * in one statement (an upsert), so concurrent requests are all counted.
 */
export async function countHit(db: Database, key: string, windowMs: number, now: Date): Promise<number> {
  const t = now.getTime();
  const expired = sql`${rateLimits.windowStart} <= ${t - windowMs}`;
  const [row] = await db.orm
    .insert(rateLimits)
    .values({ key, windowStart: now, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`CASE WHEN ${expired} THEN 1 ELSE ${rateLimits.hits} + 1 END`,
        windowStart: sql`CASE WHEN ${expired} THEN ${t} ELSE ${rateLimits.windowStart} END`,
      },
    })
    .returning({ hits: rateLimits.hits });
  return row?.hits ?? 1;
}

export async function readRateLimit(db: Database, key: string): Promise<RateLimitRow | undefined> {
  const [row] = await db.orm.select().from(rateLimits).where(eq(rateLimits.key, key)).limit(1);
  return row;
}

/** One more failure in a row for `key` (the row exists: countHit came first). */
export async function recordFailure(db: Database, key: string, now: Date): Promise<number> {
  const [row] = await db.orm
    .update(rateLimits)
    .set({ failures: sql`${rateLimits.failures} + 1`, lastFailureAt: now })
    .where(eq(rateLimits.key, key))
    .returning({ failures: rateLimits.failures });
  return row?.failures ?? 0;
}

export async function clearFailures(db: Database, key: string): Promise<void> {
  await db.orm.update(rateLimits).set({ failures: 0, lastFailureAt: null }).where(eq(rateLimits.key, key));
}
