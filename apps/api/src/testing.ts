import { openSqliteDatabase } from '@solidaria/db/node';
import { createEmbeddedSearch, INDEXES } from '@solidaria/search';
import { nodePasswordHasher } from './auth/argon2-node';
import { silentLogger } from './logger';
import { systemClock, type Clock, type Services } from './services';

/** A clock a test moves by hand. */
export function fakeClock(start = new Date('2026-11-27T12:00:00Z')): Clock & { advance(ms: number): void; set(d: Date): void } {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms) => (now += ms), set: (d) => (now = d.getTime()) };
}

/**
 * Real services on a private in-memory SQLite database, for in-process API tests. The
 * caller's address comes from the X-Test-Client header, so tests can play many callers.
 */
export function createTestServices(overrides: Partial<Services> = {}): Services {
  const db = overrides.db ?? openSqliteDatabase(':memory:');
  return {
    db,
    search: createEmbeddedSearch(db, INDEXES),
    clock: systemClock,
    logger: silentLogger,
    passwords: nodePasswordHasher,
    publicOrigin: 'https://solidaria.test',
    clientAddress: (c) => c.req.header('x-test-client') ?? '192.0.2.1',
    corsOrigins: [],
    ...overrides,
  };
}
