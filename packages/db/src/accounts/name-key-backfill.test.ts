import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey } from '@solidaria/core';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from '../node';
import { nameKeyBackfillStatements } from './name-key-backfill';

// The people registered before the name key existed got theirs from migration 0016, in
// SQL: it must give every one of them the key the application computes.

const BREAKPOINT = '--> statement-breakpoint';
const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
const statementsOf = (tag: string) => readFileSync(join(migrationsFolder, `${tag}.sql`), 'utf8').split(BREAKPOINT).map((s) => s.trim()).filter(Boolean);
const backfill = journal.entries.findIndex((e) => e.tag === '0016_users-name-key');

/** A database at the migration before the key, with these names, then migrated to the key: the keys it got. */
function keysAfterBackfill(names: readonly string[]): string[] {
  const client = new BetterSqlite3(':memory:');
  try {
    for (const entry of journal.entries.slice(0, backfill)) for (const statement of statementsOf(entry.tag)) client.exec(statement);
    const insert = client.prepare("INSERT INTO users (id, email, display_name, language, password_hash, created_at) VALUES (?, ?, ?, 'es', 'x', 0)");
    client.transaction(() => names.forEach((name, i) => insert.run(i + 1, `p${i + 1}@example.org`, name)))();
    for (const statement of statementsOf(journal.entries[backfill]!.tag)) client.exec(statement);
    return (client.prepare('SELECT name_key FROM users ORDER BY id').pluck().all() as string[]);
  } finally {
    client.close();
  }
}

// Hangul syllables (and Kirat Rai's vowels) decompose into letters, not marks, and the
// core composes them back, which SQL cannot: a name with those letters typed one by one
// is the known difference. (Unassigned and private-use code points stay as they are.)
const COMPOSED_FROM_LETTERS = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff\uffa0-\uffdc\u{16d40}-\u{16d7f}]/u;

describe('the migration that gave existing people their name key', () => {

  it('is exactly what the backfill builder makes from the core fold today', () => {
    const file = statementsOf(journal.entries[backfill]!.tag);
    expect(file.slice(1)).toEqual(nameKeyBackfillStatements().map((s) => s.trim()));
    expect(file[0]).toMatch(/ALTER TABLE `users` ADD `name_key` text NOT NULL DEFAULT '';$/);
  });

  it('gives the key of the application to names with accents, capitals and odd spaces', () => {
    const names = ['ÁNGELA Núñez', 'Ángela NÚÑEZ', 'Nunez', 'Jose\u0301  Pen\u0303a', ' Ｍａｒíａ\u00a0Straße ', "O'Connor", 'ŁUKASZ Wąs', 'ΟΔΥΣΣΕΥΣ', '100% _Ana_'];
    expect(keysAfterBackfill(names)).toEqual(names.map(nameKey));
  });

  it('folds every code point of Unicode the way the application does', () => {
    const names: string[] = [];
    let name = '';
    for (let point = 1; point <= 0x10ffff; point++) {
      if (point >= 0xd800 && point <= 0xdfff) continue;
      const char = String.fromCodePoint(point);
      if (COMPOSED_FROM_LETTERS.test(char) || /\p{Cn}|\p{Co}/u.test(char)) continue;
      name += char;
      if (name.length >= 60) [names[names.length], name] = [name, ''];
    }
    names.push(name);
    const expected = names.map(nameKey);
    const got = keysAfterBackfill(names);
    const wrong = got.flatMap((key, i) => (key === expected[i] ? [] : [names[i]]));
    expect(wrong).toEqual([]);
  });

  it('agrees with the application on any name', () => {
    const anyName = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => !COMPOSED_FROM_LETTERS.test(s) && !s.includes('\u0000'));
    fc.assert(fc.property(fc.array(anyName, { minLength: 1, maxLength: 50 }), (names) => {
      expect(keysAfterBackfill(names)).toEqual(names.map(nameKey));
    }), { numRuns: 20 });
  });
});
