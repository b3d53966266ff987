import { enqueueEmailWrite, schema, type Database } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../logger';
import { startOutboxWorker, type OutboxWorker } from './outbox-worker';
import type { EmailMessage } from './smtp-deliverer';

const email = (n: number) => ({ recipient: `person${n}@example.org`, subject: `Mensaje ${n}`, body: `cuerpo ${n}` });

describe('the outbox worker', () => {
  let db: Database;
  let worker: OutboxWorker | undefined;
  const clock = { now: () => new Date() };
  const errors: Record<string, unknown>[] = [];
  const logger: Logger = { info() {}, warn() {}, error: (fields) => void errors.push(fields) };
  const sentRows = async () => (await db.orm.select().from(schema.outbox)).filter((r) => r.sentAt !== null);

  beforeEach(() => {
    errors.length = 0;
    db = openSqliteDatabase(':memory:');
  });
  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
    db.close();
  });

  it('delivers due e-mail as soon as it starts and then on every interval', async () => {
    await db.atomic([enqueueEmailWrite(db, email(1), clock.now())]);
    const sent: EmailMessage[] = [];
    worker = startOutboxWorker({ db, clock, logger, send: async (m) => void sent.push(m), intervalMs: 10 });

    await vi.waitFor(() => expect(sent.map((m) => m.subject)).toEqual(['Mensaje 1']));
    await db.atomic([enqueueEmailWrite(db, email(2), clock.now())]);
    await vi.waitFor(() => expect(sent.map((m) => m.subject)).toEqual(['Mensaje 1', 'Mensaje 2']));
    expect(await sentRows()).toHaveLength(2);
  });

  it('never starts a run while one is in flight, and stop waits for that run to finish', async () => {
    await db.atomic([enqueueEmailWrite(db, email(1), clock.now())]);
    let release = () => {};
    const send = vi.fn(() => new Promise<void>((resolve) => (release = resolve)));
    worker = startOutboxWorker({ db, clock, logger, send, intervalMs: 5 });

    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(send).toHaveBeenCalledTimes(1);
    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);

    release();
    await stopping;
    expect(await sentRows()).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('logs a run that fails and keeps going on the next interval', async () => {
    const broken = { ...db, orm: undefined } as unknown as Database;
    worker = startOutboxWorker({ db: broken, clock, logger, send: async () => {}, intervalMs: 10 });

    await vi.waitFor(() => expect(errors.length).toBeGreaterThanOrEqual(2));
    expect(errors[0]).toHaveProperty('error');
  });
});
