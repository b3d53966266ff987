import { loginDelaySeconds, MAX_PASSWORD_CHECKS_PER_HOUR } from '@solidaria/core';
import { clearFailures, countHit, readRateLimit, recordFailure, type Database } from '@solidaria/db';
import { ApiError } from '../errors';

const HOUR = 3_600_000;

function tooMany(retryAfterSeconds: number): ApiError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new ApiError('RATE_LIMITED', 'Too many attempts. Wait a moment and try again.', undefined, {
    'retry-after': String(seconds),
  });
}

/** Refuses with 429 once `key` has been hit more than `limit` times in `windowMs`. */
export async function limitRate(db: Database, key: string, limit: number, windowMs: number, now: Date): Promise<void> {
  const hits = await countHit(db, key, windowMs, now);
  if (hits > limit) {
    const row = await readRateLimit(db, key);
    const windowEnd = (row?.windowStart.getTime() ?? now.getTime()) + windowMs;
    throw tooMany((windowEnd - now.getTime()) / 1000);
  }
}

/**
 * Guards the checks of one secret (a password, a TOTP code) for one key: growing delays
 * after five failures in a row, and never more than 100 checks an hour. Keys are the
 * same for accounts that do not exist, so the answers tell nothing about them.
 */
export function secretCheckThrottle(db: Database, key: string) {
  return {
    async beforeCheck(now: Date): Promise<void> {
      const row = await readRateLimit(db, key);
      if (row?.lastFailureAt) {
        const waitUntil = row.lastFailureAt.getTime() + loginDelaySeconds(row.failures) * 1000;
        if (now.getTime() < waitUntil) throw tooMany((waitUntil - now.getTime()) / 1000);
      }
      await limitRate(db, key, MAX_PASSWORD_CHECKS_PER_HOUR, HOUR, now);
    },
    failed: (now: Date) => recordFailure(db, key, now),
    succeeded: () => clearFailures(db, key),
  };
}
