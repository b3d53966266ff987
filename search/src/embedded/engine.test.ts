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
      const [first, ...rest] = engine.upsertWrites(contractIndex.name, documents);
      if (first) await db.atomic([first, ...rest]);
    },
    async remove(ids) {
      const [first, ...rest] = engine.deleteWrites(contractIndex.name, ids);
      if (first) await db.atomic([first, ...rest]);
    },
  };
});
