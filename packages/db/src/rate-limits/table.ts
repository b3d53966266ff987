import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Counters for throttling, by key ("login:+50688881234", "ip:203.0.113.9:register"):
 * hits in the current window, and consecutive failures for login delays. Keys of
 * accounts that do not exist behave like any other, so answers reveal nothing.
 */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start', { mode: 'timestamp_ms' }).notNull(),
  hits: integer('hits').notNull(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: integer('last_failure_at', { mode: 'timestamp_ms' }),
});
