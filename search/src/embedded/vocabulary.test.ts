import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openSqliteDatabase } from '@solidaria/db/node';
import { afterAll, describe, expect, it } from 'vitest';
import { Vocabulary } from './vocabulary';

describe('an index vocabulary in memory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'solidaria-vocabulary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the index again when another connection has written to it, and only then', async () => {
    const file = join(dir, 'vocabulary.db');
    const server = openSqliteDatabase(file);
    await server.orm.run(sql.raw("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')"));
    await server.orm.run(sql.raw("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')"));
    await server.orm.run(sql`INSERT INTO t (x) VALUES ('cocinero')`);
    let now = 1_000_000;
    const vocabulary = await new Vocabulary(server, 'v', () => now).ready();
    expect(vocabulary.has('cocinero')).toBe(true);

    // The server's own writes reach it through add(); without that, a quiet database is not read again.
    await server.orm.run(sql`INSERT INTO t (x) VALUES ('panadero')`);
    now += 11 * 60_000;
    expect((await vocabulary.ready()).has('panadero')).toBe(false);
    vocabulary.add('Panadero');
    expect(vocabulary.has('panadero')).toBe(true);

    const cli = openSqliteDatabase(file);
    await cli.orm.run(sql`INSERT INTO t (x) VALUES ('albañil')`);
    cli.close();
    expect((await vocabulary.ready()).has('albanil')).toBe(false); // not ten minutes yet
    now += 11 * 60_000;
    expect((await vocabulary.ready()).has('albanil')).toBe(true);
    server.close();
  });
});

/** An FTS5 table holding the word "inicio", and its vocabulary, loaded. */
async function indexWithOneWord() {
  const db = openSqliteDatabase(':memory:');
  await db.orm.run(sql.raw("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')"));
  await db.orm.run(sql.raw("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')"));
  await db.orm.run(sql`INSERT INTO t (x) VALUES ('inicio')`);
  return { db, vocabulary: await new Vocabulary(db, 'v').ready() };
}

describe('words added from a batch of written documents', () => {
  it('are the terms the index stores for those texts, whatever spaces, punctuation, accents or composed characters they hold', async () => {
    const { db, vocabulary } = await indexWithOneWord();
    const texts = [
      'Cocinero/Cocinera para SODA, con experiencia (2 años).\nSalario: ₡450.000',
      'Albañil\tcon  ayudante; se busca ALBAÑIL',
      'Nin\u0303era — cuidado de niños',
      'cocinero, mesero y salonero',
    ];
    vocabulary.addAll(texts);
    for (const text of texts) await db.orm.run(sql`INSERT INTO t (x) VALUES (${text})`);
    const indexed = (await db.orm.all<{ term: string }>(sql.raw('SELECT term FROM v'))).map((r) => r.term).sort();
    const inMemory = [...vocabulary.firstLetters()].flatMap((first) => vocabulary.sortedStartingWith(first)).sort();
    expect(inMemory).toEqual(indexed);
    expect(vocabulary.has('ninera')).toBe(true);
    db.close();
  });
});

describe('a large write', () => {
  it('is read back from the index at the next search instead of being split word by word', async () => {
    const { db, vocabulary } = await indexWithOneWord();
    const texts = Array.from({ length: 1_500 }, (_, i) => `Ayudante de cocina número ${i}`);
    vocabulary.addAll(texts);
    expect(vocabulary.size).toBe(0); // let go, not half-filled
    for (const text of texts.slice(0, 3)) await db.orm.run(sql`INSERT INTO t (x) VALUES (${text})`);
    await vocabulary.ready();
    expect([vocabulary.has('inicio'), vocabulary.has('cocina'), vocabulary.has('numero')]).toEqual([true, true, true]);
    db.close();
  });
});
