import type { Database } from '@solidaria/db';
import type { SearchEngine } from '@solidaria/search';
import type { Logger } from './logger';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Everything the API needs from the outside world, built once by its host. */
export interface Services {
  db: Database;
  search: SearchEngine;
  clock: Clock;
  logger: Logger;
}
