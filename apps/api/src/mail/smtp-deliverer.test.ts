import { enqueueEmailWrite, schema, type Database } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../logger';
import { createSmtpTransport, deliverDueEmails, describeError, maskAddress, retryDelayMs } from './smtp-deliverer';
import { startSmtpServer } from './testing-smtp-server';

const MINUTE = 60_000;
const reset = { recipient: 'ana.perez@example.org', subject: 'Restablecer su clave', body: 'Abra https://empleo.test/reset?token=s3cr3t-t0ken-abc' };
const welcome = { recipient: 'luis@example.net', subject: 'Bienvenido a Solidaria', body: 'Su cuenta esta lista.' };

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function captureLogger() {
  const entries: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  const at = (level: string) => (fields: Record<string, unknown>, message: string) => void entries.push({ level, fields, message });
  const logger: Logger = { info: at('info'), warn: at('warn'), error: at('error') };
  return { entries, logger };
}

describe('delivering the outbox by SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let db: Database;
  let now: Date;
  const clock = { now: () => now };
  const rows = async () => db.orm.select().from(schema.outbox).orderBy(schema.outbox.id);

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.close());
  beforeEach(async () => {
    smtp.received.length = 0;
    now = new Date('2026-03-01T12:00:00Z');
    db = openSqliteDatabase(':memory:');
    await db.atomic([enqueueEmailWrite(db, reset, now), enqueueEmailWrite(db, welcome, now)]);
  });
  afterEach(() => db.close());

  it('sends each due e-mail to a real SMTP server with its subject, recipient and plain-text body, and marks it sent', async () => {
    const transport = createSmtpTransport(`smtp://127.0.0.1:${smtp.port}`);
    const { logger } = captureLogger();

    expect(await deliverDueEmails({ db, clock, logger, send: transport.send })).toEqual({ sent: 2, failed: 0 });

    expect(smtp.received.map((m) => m.to)).toEqual([[reset.recipient], [welcome.recipient]]);
    for (const [message, email] of [[smtp.received[0], reset], [smtp.received[1], welcome]] as const) {
      expect(message?.raw).toContain(`Subject: ${email.subject}`);
      expect(message?.raw).toContain(`To: ${email.recipient}`);
      expect(message?.raw).toContain('From: Solidaria <no-reply@localhost>');
      expect(message?.raw).toContain('Content-Type: text/plain');
      expect(message?.raw).toContain(email.body);
    }
    expect((await rows()).map((r) => [r.sentAt, r.attempts, r.lastError])).toEqual([[now, 0, null], [now, 0, null]]);
  });

  it('does not send a message again once it is marked sent', async () => {
    const transport = createSmtpTransport(`smtp://127.0.0.1:${smtp.port}`);
    const { logger } = captureLogger();
    await deliverDueEmails({ db, clock, logger, send: transport.send, from: 'Oficina de Empleo <empleo@upala.test>' });
    now = new Date(now.getTime() + 7 * 60 * MINUTE);

    expect(await deliverDueEmails({ db, clock, logger, send: transport.send })).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
    expect(smtp.received[0]?.raw).toContain('From: Oficina de Empleo <empleo@upala.test>');
  });

  it('keeps an undeliverable message, counts the attempt and retries it later, logging neither its body nor its full recipient', async () => {
    const { entries, logger } = captureLogger();
    const unreachable = createSmtpTransport(`smtp://127.0.0.1:${await closedPort()}`);

    expect(await deliverDueEmails({ db, clock, logger, send: unreachable.send })).toEqual({ sent: 0, failed: 2 });

    for (const row of await rows()) {
      expect(row.sentAt).toBeNull();
      expect(row.attempts).toBe(1);
      expect(row.nextAttemptAt).toEqual(new Date(now.getTime() + MINUTE));
      expect(row.lastError).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
    }
    expect(entries.map((e) => [e.level, e.fields.to])).toEqual([['warn', 'a***@example.org'], ['warn', 'l***@example.net']]);
    const logged = JSON.stringify(entries);
    for (const secret of [reset.body, 's3cr3t-t0ken-abc', welcome.body, reset.recipient, welcome.recipient]) {
      expect(logged).not.toContain(secret);
    }
  });

  it('delivers a failed message once the server is reachable and the clock has passed its backoff', async () => {
    const { logger } = captureLogger();
    const unreachable = createSmtpTransport(`smtp://127.0.0.1:${await closedPort()}`);
    await deliverDueEmails({ db, clock, logger, send: unreachable.send });
    const transport = createSmtpTransport(`smtp://127.0.0.1:${smtp.port}`);

    now = new Date(now.getTime() + 30_000);
    expect(await deliverDueEmails({ db, clock, logger, send: transport.send })).toEqual({ sent: 0, failed: 0 });

    now = new Date(now.getTime() + MINUTE);
    expect(await deliverDueEmails({ db, clock, logger, send: transport.send })).toEqual({ sent: 2, failed: 0 });
    expect(smtp.received.map((m) => m.to)).toEqual([[reset.recipient], [welcome.recipient]]);
    expect(smtp.received[0]?.raw).toContain(reset.body);
    expect((await rows()).map((r) => [r.sentAt, r.attempts, r.lastError])).toEqual([[now, 1, null], [now, 1, null]]);
  });

  it('waits 1, 2, 4 minutes and so on after each failure, never more than 6 hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE]);
    expect(retryDelayMs(9)).toBe(256 * MINUTE);
    expect(retryDelayMs(10)).toBe(6 * 60 * MINUTE);
    expect(retryDelayMs(1000)).toBe(6 * 60 * MINUTE);
  });

  it('masks the local part of every address it names in a log or an error', () => {
    expect(maskAddress('ana.perez@example.org')).toBe('a***@example.org');
    expect(maskAddress('not an address')).toBe('***');
    const rejected = Object.assign(new Error('550 5.1.1 <ana.perez@example.org>: Recipient address rejected'), { code: 'EENVELOPE' });
    expect(describeError(rejected)).toBe('EENVELOPE: 550 5.1.1 <a***@example.org>: Recipient address rejected');
  });
});
