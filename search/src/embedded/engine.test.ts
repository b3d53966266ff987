import { sql } from 'drizzle-orm';
import type { Database } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { describe, expect, it } from 'vitest';
import { describeSearchContract } from '../contract/search-contract';
import { contractDocuments, contractIndex } from '../contract/fixture';
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

// On D1 the engine writes with ordinary drizzle statements (at most 100 bound parameters
// each) instead of better-sqlite3's prepared ones: the same contract, written that way.
describeSearchContract('the embedded engine writing as it does on D1', async () => {
  const sqlite = openSqliteDatabase(':memory:');
  const db: Database = { ...sqlite, driver: 'd1' };
  const engine = createEmbeddedSearch(db, [contractIndex]);
  await engine.applySettings();
  return {
    engine,
    index: (documents) => db.atomic(engine.upsertWrites(contractIndex.name, documents)),
    remove: (ids) => db.atomic(engine.deleteWrites(contractIndex.name, ids)),
  };
});

describe('the embedded engine on a database made by an earlier version', () => {
  it('rebuilds the search tables from the stored documents, without a reindex', async () => {
    const db = openSqliteDatabase(':memory:');
    // The first layout: one FTS5 table with its own copy of the text and word positions.
    const statements = [
      'CREATE TABLE search_settings (name TEXT PRIMARY KEY, signature TEXT NOT NULL)',
      `CREATE VIRTUAL TABLE "search_contract_offers" USING fts5("title", "tags", "description", tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')`,
      `CREATE VIRTUAL TABLE "search_contract_offers_vocab" USING fts5vocab("search_contract_offers", 'row')`,
      'CREATE TABLE "search_contract_offers_docs" (id INTEGER PRIMARY KEY, doc TEXT NOT NULL, "municipality" TEXT, "salary" REAL, "skills" TEXT, "remote" INTEGER)',
    ];
    for (const statement of statements) await db.orm.run(sql.raw(statement));
    const old = { ...contractIndex, searchable: contractIndex.searchable.map(({ field, weight }) => ({ field, weight })) };
    await db.orm.run(sql`INSERT INTO search_settings VALUES (${old.name}, ${JSON.stringify(old)})`);
    for (const doc of contractDocuments) {
      await db.orm.run(sql`INSERT INTO search_contract_offers (rowid, title, tags, description) VALUES (${doc.id}, ${doc.title}, ${(doc.tags as string[]).join('\n')}, ${doc.description})`);
      await db.orm.run(sql`INSERT INTO search_contract_offers_docs VALUES (${doc.id}, ${JSON.stringify(doc)}, ${doc.municipality}, ${doc.salary}, ${JSON.stringify(doc.skills)}, ${Number(doc.remote)})`);
    }

    const engine = createEmbeddedSearch(db, [contractIndex]);
    await engine.applySettings();
    const ids = async (q: string, asYouType = false) => (await engine.search(contractIndex.name, { q, asYouType })).hits.map((h) => h.document.id);
    expect((await engine.search(contractIndex.name, { q: '' })).total).toBe(10);
    expect(await ids('ayudante verduras ')).toEqual([8]);
    expect((await ids('cocina ')).sort()).toEqual([1, 8]);
    expect(await ids('temporada', true)).toEqual([]);
    await engine.applySettings(); // unchanged now: nothing to rebuild
    expect(await ids('costurera ')).toEqual([9]);
  });
});
