import type { D1Database } from '@cloudflare/workers-types';
import { openD1Database } from '@solidaria/db/d1';
import { Miniflare } from 'miniflare';
import { afterAll } from 'vitest';
import { describeSearchContract } from '../contract/search-contract';
import { contractIndex } from '../contract/fixture';
import { createEmbeddedSearch } from './engine';

// The same contract on Cloudflare D1 as workerd runs it locally (Miniflare, which wrangler
// brings): the engine's tables, writes and queries must be SQL that D1 accepts, written
// through batches instead of transactions.
const miniflare = new Miniflare({ modules: true, script: 'export default { fetch() { return new Response(null); } }', d1Databases: ['DB'] });
afterAll(() => miniflare.dispose());

describeSearchContract('the embedded engine on D1 (Miniflare)', async () => {
  const binding = (await miniflare.getD1Database('DB')) as unknown as D1Database;
  const db = openD1Database(binding);
  const engine = createEmbeddedSearch(db, [contractIndex]);
  await engine.applySettings();
  return {
    engine,
    index: (documents) => db.atomic(engine.upsertWrites(contractIndex.name, documents)),
    remove: (ids) => db.atomic(engine.deleteWrites(contractIndex.name, ids)),
  };
});
