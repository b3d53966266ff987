import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Meilisearch } from 'meilisearch';
import { schema, type Database } from '@solidaria/db';
import { systemClock, type Clock } from './outbox-writes';
import { settled } from './tasks';

type OutboxRow = typeof schema.searchOutbox.$inferSelect;

/** The part of the application's logger the worker uses (pino-compatible). */
export interface WorkerLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface DrainOptions {
  db: Database;
  client: Meilisearch;
  clock?: Clock;
  logger?: WorkerLogger;
  /** Rows read per index per drain. */
  batch?: number;
  /** How long to wait for Meilisearch to process one task before counting it failed. */
  taskTimeoutMs?: number;
}

const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;

/** Delay before the next attempt after `attempts` failed ones: 1 s, 2 s, 4 s, … at most 5 min. */
export const backoffMs = (attempts: number) => Math.min(BASE_DELAY_MS * 2 ** Math.max(attempts - 1, 0), MAX_DELAY_MS);

/** Consecutive rows with the same operation, sent as one request. */
function runs(rows: readonly OutboxRow[]): OutboxRow[][] {
  const out: OutboxRow[][] = [];
  for (const row of rows) {
    const last = out.at(-1);
    if (last && last[0]!.operation === row.operation) last.push(row);
    else out.push([row]);
  }
  return out;
}

async function removeRows(db: Database, ids: readonly number[]) {
  const writes = [];
  for (let i = 0; i < ids.length; i += 90) writes.push(db.orm.delete(schema.searchOutbox).where(inArray(schema.searchOutbox.id, ids.slice(i, i + 90))));
  await db.atomic(writes);
}

async function postpone(db: Database, rows: readonly OutboxRow[], now: Date, error: string) {
  const attempts = Math.max(...rows.map((r) => r.attempts)) + 1;
  const nextAttemptAt = new Date(now.getTime() + backoffMs(attempts));
  const writes = [];
  for (let i = 0; i < rows.length; i += 90) {
    writes.push(db.orm.update(schema.searchOutbox)
      .set({ attempts: sql`${schema.searchOutbox.attempts} + 1`, nextAttemptAt, lastError: error.slice(0, 500) })
      .where(inArray(schema.searchOutbox.id, rows.slice(i, i + 90).map((r) => r.id))));
  }
  await db.atomic(writes);
  return { attempts, nextAttemptAt };
}

/** Sends one run; a document named twice in it is sent once, as its last change says. */
async function send(client: Meilisearch, index: string, run: readonly OutboxRow[], timeout: number) {
  const latest = new Map<number, OutboxRow>();
  for (const row of run) {
    latest.delete(row.documentId);
    latest.set(row.documentId, row);
  }
  const rows = [...latest.values()];
  const target = client.index(index);
  const wait = { timeout, interval: 50 };
  if (run[0]!.operation === 'upsert') {
    await settled(target.addDocuments(rows.map((r) => ({ ...r.payload, id: r.documentId })), { primaryKey: 'id' }), wait);
  } else {
    await settled(target.deleteDocuments(rows.map((r) => r.documentId)), wait);
  }
}

/**
 * Sends due outbox rows to Meilisearch and removes those it has applied. Each index is
 * drained in id order and stops at its first row that is not due or fails, so a later
 * change to a document never overtakes an earlier one (a delete after an upsert wins).
 * Returns how many rows were delivered.
 */
export async function drainSearchOutbox({ db, client, clock = systemClock, logger, batch = 500, taskTimeoutMs = 30_000 }: DrainOptions) {
  const now = clock.now();
  const indexes = await db.orm.selectDistinct({ name: schema.searchOutbox.indexName }).from(schema.searchOutbox);
  let delivered = 0;
  for (const { name } of indexes) {
    const rows = await db.orm.select().from(schema.searchOutbox)
      .where(eq(schema.searchOutbox.indexName, name)).orderBy(asc(schema.searchOutbox.id)).limit(batch);
    const blockedAt = rows.findIndex((r) => r.nextAttemptAt !== null && r.nextAttemptAt.getTime() > now.getTime());
    const due = blockedAt === -1 ? rows : rows.slice(0, blockedAt);
    for (const run of runs(due)) {
      try {
        await send(client, name, run, taskTimeoutMs);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const { attempts, nextAttemptAt } = await postpone(db, run, now, message);
        logger?.warn({ index: name, operation: run[0]!.operation, rows: run.length, attempts, nextAttemptAt, error: message },
          'search outbox: Meilisearch did not take the changes; will retry');
        break;
      }
      await removeRows(db, run.map((r) => r.id));
      delivered += run.length;
    }
  }
  return delivered;
}

export interface WorkerOptions extends DrainOptions {
  /** Pause between drains when the outbox is empty or waiting. */
  intervalMs?: number;
  /** Run (and retried) before the first drain, so settings reach an index before documents do. */
  prepare?: () => Promise<void>;
}

/** Drains the outbox in the background until stopped; a drain that found work runs again at once. */
export function startSearchOutboxWorker(options: WorkerOptions): { stop(): Promise<void> } {
  const { intervalMs = 1_000, prepare, logger } = options;
  let stopped = false;
  let prepared = !prepare;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async () => {
    let delivered = 0;
    try {
      if (!prepared) {
        await prepare!();
        prepared = true;
      }
      delivered = await drainSearchOutbox(options);
    } catch (error) {
      logger?.warn({ error: error instanceof Error ? error.message : String(error) }, 'search outbox: drain failed; will retry');
    }
    if (!stopped) schedule(delivered > 0 ? 0 : intervalMs);
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => (running = tick()), ms);
    timer.unref?.();
  };
  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
