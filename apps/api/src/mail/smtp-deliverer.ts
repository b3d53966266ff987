import { dueMessages, markFailed, markSent, type Database } from '@solidaria/db';
import nodemailer from 'nodemailer';
import type { Logger } from '../logger';
import type { Clock } from '../services';

export interface EmailMessage {
  from: string;
  to: string;
  subject: string;
  /** Plain text; may hold a reset link, so it is never logged. */
  text: string;
}

export type SendEmail = (message: EmailMessage) => Promise<void>;

export interface SmtpTransport {
  send: SendEmail;
  close(): void;
}

export const DEFAULT_SENDER = 'Solidaria <no-reply@localhost>';

const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 60 * 60_000;

// A worker must not hang for nodemailer's default minutes on an unreachable server;
// the same names in SMTP_URL's query (e.g. ?connectionTimeout=30000) win over these.
const TIMEOUTS = { connectionTimeout: '10000', greetingTimeout: '10000', socketTimeout: '30000' };

/** An SMTP transport for an smtp:// (STARTTLS when offered) or smtps:// (TLS) address. */
export function createSmtpTransport(smtpUrl: string): SmtpTransport {
  const given = new URL(smtpUrl).searchParams;
  const missing = new URLSearchParams(Object.entries(TIMEOUTS).filter(([key]) => !given.has(key)));
  const url = missing.size === 0 ? smtpUrl : `${smtpUrl}${smtpUrl.includes('?') ? '&' : '?'}${missing}`;
  const transport = nodemailer.createTransport(url);
  return {
    send: async (message) => {
      await transport.sendMail(message);
    },
    close: () => transport.close(),
  };
}

/** How long to wait after the n-th failure (1-based): 1 min, 2, 4, … at most 6 hours. */
export function retryDelayMs(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.min(Math.max(failures - 1, 0), 30), LONGEST_RETRY_MS);
}

/** `ana.perez@example.org` → `a***@example.org`: enough to tell messages apart in a log. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${address[0]}***${address.slice(at)}`;
}

/** An error's code and message with every e-mail address in it masked. */
export function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const text = typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
  return text.replace(/[^\s<>"'(),;:@]+@[^\s<>"'(),;:@]+/g, maskAddress);
}

export interface DeliveryOptions {
  db: Database;
  clock: Clock;
  logger: Logger;
  send: SendEmail;
  /** The From header; defaults to `Solidaria <no-reply@localhost>`. */
  from?: string;
  /** At most this many messages per run. */
  limit?: number;
}

/** Sends every due e-mail in the outbox once; a failure is rescheduled with backoff. */
export async function deliverDueEmails(options: DeliveryOptions): Promise<{ sent: number; failed: number }> {
  const { db, clock, logger, send, from = DEFAULT_SENDER, limit } = options;
  const counts = { sent: 0, failed: 0 };
  for (const row of await dueMessages(db, clock.now(), limit)) {
    try {
      await send({ from, to: row.recipient, subject: row.subject, text: row.body });
    } catch (error) {
      const failures = row.attempts + 1;
      const nextAttemptAt = new Date(clock.now().getTime() + retryDelayMs(failures));
      const reason = describeError(error);
      await markFailed(db, row.id, reason, nextAttemptAt);
      logger.warn(
        { outboxId: row.id, to: maskAddress(row.recipient), attempts: failures, nextAttemptAt: nextAttemptAt.toISOString(), error: reason },
        'e-mail not delivered; will retry',
      );
      counts.failed += 1;
      continue;
    }
    await markSent(db, row.id, clock.now());
    counts.sent += 1;
  }
  return counts;
}
