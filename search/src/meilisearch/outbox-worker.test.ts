import { schema, type Database, type Write } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { asc } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contractDocuments, contractIndex } from '../contract/fixture';
import { createMeilisearchEngine, type MeilisearchEngine } from './engine';
import { startMeilisearchDouble, type MeilisearchDouble } from './meilisearch-double';
import { backoffMs, drainSearchOutbox, startSearchOutboxWorker } from './outbox-worker';

const KEY = 'outbox-key';
const INDEX = contractIndex.name;
let double: MeilisearchDouble;
let db: Database;
let engine: MeilisearchEngine;
let now: Date;
const clock = { now: () => now };
const logger = { warn: vi.fn() };

const write = async (writes: ReturnType<MeilisearchEngine['upsertWrites']>) => {
  await db.atomic(writes);
};
const drain = () => drainSearchOutbox({ db, client: engine.client, clock, logger, taskTimeoutMs: 2_000 });
const pending = () => db.orm.select().from(schema.searchOutbox).orderBy(asc(schema.searchOutbox.id));
const stored = () => Object.fromEntries([...(double.indexes.get(INDEX)?.documents ?? [])].map(([id, doc]) => [id, doc.title]));
const sent = () => double.requests.filter((r) => !r.path.startsWith('/tasks')).map((r) => `${r.method} ${r.path}`);

beforeEach(async () => {
  double = await startMeilisearchDouble(KEY);
  db = openSqliteDatabase(':memory:');
  now = new Date('2026-03-01T12:00:00Z');
  engine = createMeilisearchEngine({ db, url: double.url, apiKey: KEY, definitions: [contractIndex], clock });
  logger.warn.mockClear();
});
afterEach(async () => {
  expect(double.unrecognised).toEqual([]);
  await double.close();
  db.close();
});

describe('the search outbox to Meilisearch', () => {
  it('records changes in the caller’s atomic unit, and none when that unit fails', async () => {
    await write([...engine.upsertWrites(INDEX, contractDocuments.slice(0, 2)), ...engine.deleteWrites(INDEX, [7])]);
    expect((await pending()).map((r) => [r.indexName, r.operation, r.documentId, r.payload?.title ?? null, r.attempts])).toEqual([
      [INDEX, 'upsert', 1, 'Cocinero para restaurante', 0],
      [INDEX, 'upsert', 2, 'Albañil con experiencia', 0],
      [INDEX, 'delete', 7, null, 0],
    ]);
    const clash = db.orm.insert(schema.searchOutbox).values({ id: 1, indexName: INDEX, operation: 'delete', documentId: 1, createdAt: now });
    const [first, ...rest]: Write[] = engine.upsertWrites(INDEX, contractDocuments.slice(2, 4));
    await expect(db.atomic([first!, ...rest, clash])).rejects.toThrow(/UNIQUE/);
    expect(await pending()).toHaveLength(3);
    expect(sent()).toEqual([]);
  });

  it('delivers due rows in order, one request per run of the same operation, and removes them', async () => {
    await write(engine.upsertWrites(INDEX, contractDocuments.slice(0, 3)));
    await write(engine.deleteWrites(INDEX, [2]));
    await write(engine.upsertWrites(INDEX, [{ ...contractDocuments[0]!, title: 'Cocinero jefe' }, contractDocuments[3]!]));
    expect(await drain()).toBe(6);
    expect(sent()).toEqual([
      `POST /indexes/${INDEX}/documents`,
      `POST /indexes/${INDEX}/documents/delete-batch`,
      `POST /indexes/${INDEX}/documents`,
    ]);
    expect(double.requests.find((r) => r.path.endsWith('/documents'))?.query).toEqual({ primaryKey: 'id' });
    expect(double.requests.find((r) => r.path.endsWith('/delete-batch'))?.body).toEqual([2]);
    expect(stored()).toEqual({ 1: 'Cocinero jefe', 3: 'Mesero de fin de semana', 4: 'Conductor de camión' });
    expect(double.indexes.get(INDEX)?.documents.get('3')).toEqual(contractDocuments[2]);
    expect(await pending()).toEqual([]);
  });

  it('keeps rows through an outage with growing backoff, then delivers them when the server is back', async () => {
    await write(engine.upsertWrites(INDEX, contractDocuments.slice(0, 2)));
    await write(engine.deleteWrites(INDEX, [1]));
    double.state.outage = true;
    expect(await drain()).toBe(0);
    let rows = await pending();
    expect(rows.map((r) => [r.documentId, r.attempts, r.nextAttemptAt?.getTime()])).toEqual([
      [1, 1, now.getTime() + 1_000],
      [2, 1, now.getTime() + 1_000],
      [1, 0, undefined],
    ]);
    expect(rows[0]?.lastError).toMatch(/.+/);
    expect(logger.warn).toHaveBeenCalledWith(expect.objectContaining({ index: INDEX, attempts: 1 }), expect.stringContaining('retry'));

    now = new Date(now.getTime() + 1_000);
    expect(await drain()).toBe(0);
    rows = await pending();
    expect(rows[0]).toMatchObject({ attempts: 2, nextAttemptAt: new Date(now.getTime() + 2_000) });

    double.state.outage = false;
    now = new Date(now.getTime() + 1_000);
    expect(await drain()).toBe(0);
    expect(sent()).toEqual([]);

    now = new Date(now.getTime() + 1_000);
    expect(await drain()).toBe(3);
    expect(stored()).toEqual({ 2: 'Albañil con experiencia' });
    expect(await pending()).toEqual([]);
  });

  it('never lets a later change to a document overtake an earlier one that is waiting to be retried', async () => {
    await write(engine.upsertWrites(INDEX, [contractDocuments[0]!]));
    double.state.failDocumentTasks = 'invalid_document_fields';
    expect(await drain()).toBe(0);
    expect((await pending())[0]).toMatchObject({ attempts: 1, lastError: expect.stringContaining('failed') });
    double.state.failDocumentTasks = null;

    await write(engine.deleteWrites(INDEX, [1]));
    expect(await drain()).toBe(0);
    expect(sent()).toEqual([`POST /indexes/${INDEX}/documents`]);

    now = new Date(now.getTime() + backoffMs(1));
    expect(await drain()).toBe(2);
    expect(sent().slice(1)).toEqual([`POST /indexes/${INDEX}/documents`, `POST /indexes/${INDEX}/documents/delete-batch`]);
    expect(stored()).toEqual({});
  });

  it('backs off from one second, doubling, to at most five minutes', () => {
    expect([1, 2, 3, 4, 9, 10, 50].map(backoffMs)).toEqual([1_000, 2_000, 4_000, 8_000, 256_000, 300_000, 300_000]);
  });

  it('runs in the background, applying the settings before the first documents', async () => {
    await write(engine.upsertWrites(INDEX, contractDocuments.slice(0, 3)));
    const worker = startSearchOutboxWorker({ db, client: engine.client, clock, logger, intervalMs: 10, prepare: () => engine.applySettings() });
    await vi.waitFor(async () => expect(await pending()).toEqual([]), { timeout: 5_000 });
    await write(engine.deleteWrites(INDEX, [3]));
    await vi.waitFor(async () => expect(await pending()).toEqual([]), { timeout: 5_000 });
    await worker.stop();
    expect(sent()).toEqual(['POST /indexes', `PATCH /indexes/${INDEX}/settings`, `POST /indexes/${INDEX}/documents`, `POST /indexes/${INDEX}/documents/delete-batch`]);
    expect(stored()).toEqual({ 1: 'Cocinero para restaurante', 2: 'Albañil con experiencia' });
  });
});
