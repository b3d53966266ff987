// How the office finds a person by name: officers type "angela nunez" for "ÁNGELA Núñez",
// or "Ñúñez" for "Nunez". Both the stored key and the words typed go through this one
// fold, and so does the check for possible duplicate registrations.
//
// The fold works one code point at a time, with no look at its neighbours, so that the
// database migration that filled the key for existing people could do the same with a
// table of characters (packages/db/migrations/0016_users-name-key.sql); only Hangul (and
// Kirat Rai) typed as separate letters came out differently there.

// Letters that compatibility decomposition does not split into a base letter and marks.
const UNSPLIT: Record<string, string> = { æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ŧ: 't', ı: 'i' };

const withoutMarks = (text: string) => text.normalize('NFKD').replace(/\p{M}+/gu, '');

/**
 * One code point folded: any space is one space; compatibility forms (fullwidth "Ａ",
 * ligature "ﬁ") become plain letters; accents and other marks go; case is folded without
 * the locale (lower, upper, lower again, so "ß" → "ss" and "ς" → "σ", the same as
 * Unicode's full case folding for letters).
 */
export function foldCodePoint(char: string): string {
  if (/^\s$/u.test(char)) return ' ';
  const folded = withoutMarks(withoutMarks(char).toLowerCase().toUpperCase().toLowerCase());
  return Array.from(folded, (c) => UNSPLIT[c] ?? c).join('').normalize('NFC');
}

/**
 * A name as the office searches and compares it: every code point folded, spaces squeezed
 * to one, trimmed. Composing first and last only matters where letters, not marks, compose
 * (Hangul syllables, Kirat Rai vowels): typed either way, they come out composed.
 */
export function nameKey(name: string): string {
  return Array.from(name.normalize('NFC'), foldCodePoint).join('').normalize('NFC').replace(/ {2,}/g, ' ').trim();
}
