// For tests: a real in-memory database with the embedded search engine, and the index
// writes the importer needs. (The db package cannot import search at run time: search
// depends on db.)
import { createEmbeddedSearch, INDEXES, occupationDocument, reindexWhereMissing, skillDocument, type SearchEngine } from '@solidaria/search';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../database';
import { openSqliteDatabase } from '../../node';
import type { TaxonomyIndexWrites } from './upsert-concepts';

export const fixtureFolder = fileURLToPath(new URL('./fixture', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../../../..', import.meta.url));

export const indexWrites = (search: SearchEngine): TaxonomyIndexWrites => ({
  occupations: (rows) => search.upsertWrites('occupations', rows.map(occupationDocument)),
  skills: (rows) => search.upsertWrites('skills', rows.map(skillDocument)),
});

/** A fresh database (with the starter taxonomy of the migrations) whose indexes mirror its tables. */
export async function openTaxonomyDatabase(): Promise<{ db: Database; search: SearchEngine; index: TaxonomyIndexWrites }> {
  const db = openSqliteDatabase(':memory:');
  const search = createEmbeddedSearch(db, INDEXES);
  await search.applySettings();
  await reindexWhereMissing(db, search);
  return { db, search, index: indexWrites(search) };
}
