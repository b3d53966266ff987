import { allowedTypos } from '../text/typos';
import type { QueryGroup } from './match-expression';
import type { Vocabulary } from './vocabulary';

const MAX_VARIANTS = 12;

export interface Variant {
  text: string;
  prefix: boolean;
}

/**
 * Records in `found` the words of `sorted` (which all start with `word`'s first letter)
 * within `max` typos of `word` (Damerau-Levenshtein, optimal string alignment); for the
 * word being typed (`prefix`), the corrected beginnings of longer words instead, one
 * letter shorter, as long and one longer, so a letter left out ("digitdor" ~ "digitador")
 * costs one typo, not two.
 *
 * The words are walked in sorted order, as a trie would be without building one: a word
 * reuses the rows computed for the beginning it shares with the one before, and every
 * word under a beginning already more than `max` typos away is skipped.
 */
function walk(word: string, sorted: readonly string[], max: number, prefix: boolean, found: Map<string, number>): void {
  const n = word.length;
  const deepest = prefix ? n + 1 : n + max;
  const rows = Array.from({ length: deepest + 1 }, () => new Int32Array(n + 1));
  for (let j = 0; j <= n; j++) rows[0]![j] = j;
  const keep = (text: string, distance: number) => {
    if (distance > 0 && distance <= max && distance < (found.get(text) ?? max + 1)) found.set(text, distance);
  };
  let last = '';
  let depth = 0; // rows 0..depth hold `last`'s beginning
  for (let i = 0; i < sorted.length; ) {
    const term = sorted[i] as string;
    if (term.length < n - max || (!prefix && term.length > n + max)) {
      i++;
      continue;
    }
    const target = prefix ? Math.min(term.length, n + 1) : term.length;
    let shared = 0;
    while (shared < Math.min(depth, target) && term.charCodeAt(shared) === last.charCodeAt(shared)) shared++;
    let reach = target;
    let pruned = false;
    for (let d = shared + 1; d <= target; d++) {
      const row = rows[d]!;
      const up = rows[d - 1]!;
      const c = term.charCodeAt(d - 1);
      row[0] = d;
      let min = d;
      for (let j = 1; j <= n; j++) {
        const w = word.charCodeAt(j - 1);
        let v = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (c === w ? 0 : 1));
        if (d > 1 && j > 1 && c === word.charCodeAt(j - 2) && term.charCodeAt(d - 2) === w) v = Math.min(v, rows[d - 2]![j - 2]! + 1);
        row[j] = v;
        if (v < min) min = v;
      }
      // A row's minimum never falls further down: nothing under this beginning is close enough.
      if (min > max) {
        reach = d;
        pruned = true;
        break;
      }
    }
    const beginnings = () => {
      for (const cut of [n - 1, n, n + 1]) if (cut >= 2 && cut <= reach) keep(term.slice(0, cut), rows[cut]![n]!);
    };
    if (!prefix || term.length <= n) {
      if (!pruned) keep(term, rows[term.length]![n]!);
    } else {
      beginnings();
    }
    last = term;
    depth = reach;
    // Skip the words that would give the same answer: those under a pruned beginning, and
    // (while typing) those sharing the longest beginning compared. A longer word under a
    // pruned beginning still offers its shorter beginnings, the same as this word's.
    const stem = pruned ? term.slice(0, reach) : prefix && term.length > n + 1 ? term.slice(0, n + 1) : null;
    i++;
    if (stem === null) continue;
    let longer = false;
    for (; i < sorted.length && (sorted[i] as string).startsWith(stem); i++) longer ||= (sorted[i] as string).length > n;
    if (prefix && pruned && longer && term.length <= n) beginnings();
  }
}

/**
 * Words of the index within the allowed typos of each query word, found in the index's
 * vocabulary. For the word being typed, the corrected beginnings of longer words.
 */
export function typoVariants(vocabulary: Vocabulary, groups: readonly QueryGroup[]): Map<string, Variant[]> {
  const found = new Map<string, Variant[]>();
  for (const group of groups) {
    const word = group.word;
    const max = allowedTypos(word);
    if (max === 0 || word.includes(' ')) continue;
    const scored = new Map<string, number>();
    // A first-letter typo costs two, the whole allowance of a word of nine letters or
    // more: the rest must then be exact — another first letter, one missing, one more,
    // or the first two swapped — so a few lookups find them all.
    if (max === 2 && !group.prefix) {
      const tail = word.slice(1);
      const letters = [...vocabulary.firstLetters()];
      const options = [...letters.map((l) => l + tail), tail, ...letters.map((l) => l + word), `${word[1]}${word[0]}${word.slice(2)}`];
      for (const term of options) if (term !== word && term.length > 0 && vocabulary.has(term)) scored.set(term, 2);
    }
    walk(word, vocabulary.sortedStartingWith(word[0] as string), max, group.prefix, scored);
    const best = [...scored].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, MAX_VARIANTS);
    if (best.length > 0) found.set(word, best.map(([text]) => ({ text, prefix: group.prefix })));
  }
  return found;
}
