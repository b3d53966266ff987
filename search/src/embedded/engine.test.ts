import { openSqliteDatabase } from '@solidaria/db/node';
import { describeSearchContract } from '../contract/search-contract';
import { contractIndex } from '../contract/fixture';
import { createEmbeddedSearch } from './engine';

describeSearchContract('the embedded SQLite FTS5 engine', async () => {
  const db = openSqliteDatabase(':memory:');
  const engine = createEmbeddedSearch(db, [contractIndex]);
  await engine.applySettings();
  return {
    engine,
    async index(documents) {
      await db.atomic(engine.upsertWrites(contractIndex.name, documents));
    },
    async remove(ids) {
      await db.atomic(engine.deleteWrites(contractIndex.name, ids));
    },
  };
});
