import { schema } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { describe, expect, it } from 'vitest';
import { describeSearchContract } from '../contract/search-contract';
import { contractIndex } from '../contract/fixture';
import { createMeilisearchEngine } from './engine';
import { drainSearchOutbox } from './outbox-worker';

const url = process.env.MEILISEARCH_URL;

if (url) {
  // A real server: the same contract as the embedded engine, fed through the outbox.
  describeSearchContract('Meilisearch', async () => {
    const db = openSqliteDatabase(':memory:');
    const engine = createMeilisearchEngine({ db, url, apiKey: process.env.MEILISEARCH_KEY, definitions: [contractIndex] });
    await engine.applySettings();
    await engine.clear(contractIndex.name);
    const deliver = async (writes: ReturnType<typeof engine.upsertWrites>) => {
      await db.atomic(writes);
      await drainSearchOutbox({ db, client: engine.client, taskTimeoutMs: 60_000 });
      const [left] = await db.orm.select().from(schema.searchOutbox).limit(1);
      if (left) throw new Error(`Meilisearch did not take the documents: ${left.lastError}`);
    };
    return {
      engine,
      index: (documents) => deliver(engine.upsertWrites(contractIndex.name, documents)),
      remove: (ids) => deliver(engine.deleteWrites(contractIndex.name, ids)),
    };
  });
} else {
  describe('the search contract on Meilisearch (MEILISEARCH_URL is not set)', () => {
    it('reports a Meilisearch it cannot reach as unhealthy instead of failing', async () => {
      const db = openSqliteDatabase(':memory:');
      const engine = createMeilisearchEngine({ db, url: 'http://127.0.0.1:9', definitions: [contractIndex], requestTimeoutMs: 2_000 });
      expect(await engine.health()).toEqual({ engine: 'meilisearch', ok: false });
      db.close();
    });
  });
}
