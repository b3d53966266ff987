import { foldCodePoint } from '@solidaria/core';

// The SQL that filled users.name_key for the people already registered when the column
// came (migration 0016). SQL has no Unicode normalisation, but the core fold works one
// code point at a time, so a table of every code point the fold changes, walked over each
// name, gives the same key. Built here once to write the migration; its test checks the
// migration still holds exactly this, and that the keys it gives are the core's.

const ROWS_PER_INSERT = 400;
const SURROGATES = [0xd800, 0xdfff] as const;

// Letters, digits, punctuation and symbols are written as they are; spaces, controls,
// marks and the invisible rest as char(…), so the file holds nothing an editor would eat.
const literal = (text: string) =>
  /^[\p{L}\p{N}\p{P}\p{S} ]*$/u.test(text) ? `'${text.replaceAll("'", "''")}'` : `char(${Array.from(text, (c) => c.codePointAt(0)).join(', ')})`;

/** Every code point the core fold changes, with what it becomes. */
export function changedCodePoints(): [string, string][] {
  const changed: [string, string][] = [];
  for (let point = 0; point <= 0x10ffff; point++) {
    if (point >= SURROGATES[0] && point <= SURROGATES[1]) continue;
    const char = String.fromCodePoint(point);
    const folded = foldCodePoint(char);
    if (folded !== char) changed.push([char, folded]);
  }
  return changed;
}

// Runs of spaces halve with each replace: nine of them squeeze runs of up to 512.
const squeezed = (expression: string) => `trim(${Array.from({ length: 9 }).reduce<string>((e) => `replace(${e}, '  ', ' ')`, expression)})`;

/** The migration's statements after the column is added, in order. */
export function nameKeyBackfillStatements(): string[] {
  const rows = changedCodePoints().map(([from, to]) => `(${literal(from)}, ${literal(to)})`);
  const inserts: string[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) inserts.push(`INSERT INTO \`name_key_folds\` VALUES ${rows.slice(i, i + ROWS_PER_INSERT).join(',')};`);
  return [
    'CREATE TABLE `name_key_folds` (`code_point` text PRIMARY KEY NOT NULL, `folded` text NOT NULL) WITHOUT ROWID;',
    ...inserts,
    'CREATE TABLE `name_key_walk` (`id` integer PRIMARY KEY NOT NULL, `folded` text NOT NULL);',
    [
      'INSERT INTO `name_key_walk` (`id`, `folded`)',
      'WITH RECURSIVE `walk`(`id`, `rest`, `folded`) AS (',
      "  SELECT `id`, `display_name`, '' FROM `users`",
      '  UNION ALL',
      '  SELECT `id`, substr(`rest`, 2), `folded` || coalesce((SELECT `f`.`folded` FROM `name_key_folds` `f` WHERE `f`.`code_point` = substr(`rest`, 1, 1)), substr(`rest`, 1, 1))',
      "  FROM `walk` WHERE `rest` <> ''",
      `) SELECT \`id\`, ${squeezed('`folded`')} FROM \`walk\` WHERE \`rest\` = '';`,
    ].join('\n'),
    'UPDATE `users` SET `name_key` = (SELECT `w`.`folded` FROM `name_key_walk` `w` WHERE `w`.`id` = `users`.`id`);',
    'DROP TABLE `name_key_walk`;',
    'DROP TABLE `name_key_folds`;',
  ];
}
