import type { Database } from '@solidaria/db';
import type { SearchEngine } from '@solidaria/search';
import type { Context } from 'hono';
import type { PasswordHasher } from './auth/password-hasher';
import type { CardPayments } from '@solidaria/payments';
import type { Logger } from './logger';
import type { PhotoStore } from './uploads/photo-store';

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
  passwords: PasswordHasher;
  /** The address links in e-mails point to; never taken from a request's Host header. */
  publicOrigin: string;
  /** The caller's network address, as the host knows it (socket, or the platform's header). */
  clientAddress(c: Context): string;
  /** Origins allowed to call the API from a browser on another site; none by default. */
  corsOrigins: readonly string[];
  /** Card payments through Stripe, when STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are set. */
  cardPayments?: CardPayments;
  /** The platform's cut of card orders paid to vendors' Connect accounts, in basis points; 0 when not set. */
  platformFeeBasisPoints?: number;
  /** Where photos are kept (DATA_DIR/uploads); none on Workers, which keeps no files. */
  photos?: PhotoStore;
  /** See CANDIDATE_EXPOSURE_LIMIT; 20 when not set. */
  candidateExposureLimit?: number;
}
