import { openSqliteDatabase } from '@solidaria/db/node';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { parseQuery } from './match-expression';
import { typoVariants } from './typo-candidates';
import { Vocabulary } from './vocabulary';

describe('typo candidates', () => {
  // A real FTS5 table and its fts5vocab view, as the engine keeps per index.
  const vocabulary = async (words: string[]) => {
    const db = openSqliteDatabase(':memory:');
    await db.orm.run(sql.raw("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')"));
    await db.orm.run(sql.raw("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')"));
    await db.orm.run(sql`INSERT INTO t (x) VALUES (${words.join(' ')})`);
    return new Vocabulary(db, 'v').ready();
  };

  it('finds a word being typed with a letter left out', async () => {
    const variants = typoVariants(await vocabulary(['digitador', 'digital']), parseQuery('digitdor'));
    expect(variants.get('digitdor')?.map((v) => v.text)).toContain('digitador');
  });

  it('finds the corrected beginning of a longer word that sorts after a shorter one sharing it', async () => {
    const variants = typoVariants(await vocabulary(['solado', 'soladores']), parseQuery('soldad'));
    expect(variants.get('soldad')?.map((v) => v.text)).toContain('solad');
  });

  it('finds a first-letter typo in a long finished word by lookup', async () => {
    const variants = typoVariants(await vocabulary(['jardinero', 'cocinero']), parseQuery('gardinero '));
    expect(variants.get('gardinero')?.map((v) => v.text)).toEqual(['jardinero']);
  });
});
