import { allowedTypos, typoDistance } from '../text/typos';
import type { QueryGroup } from './match-expression';
import type { Vocabulary } from './vocabulary';

const MAX_VARIANTS = 12;

export interface Variant {
  text: string;
  prefix: boolean;
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
    const length = [...word].length;
    const scored = new Map<string, number>();
    // A first-letter typo costs two, the whole allowance of a word of nine letters or
    // more: the rest must then be exact — another first letter, one missing, one more,
    // or the first two swapped — so a few lookups find them all.
    if (max === 2 && !group.prefix) {
      const swapped = `${word[1]}${word[0]}${word.slice(2)}`;
      const options = [...vocabulary.withTail(word.slice(1)), word.slice(1), ...[...vocabulary.withTail(word)], swapped];
      for (const term of options) if (term !== word && vocabulary.has(term)) scored.set(term, 2);
    }
    for (const term of vocabulary.startingWith(word[0] as string)) {
      if (term.length < length - max || (!group.prefix && term.length > length + max)) continue;
      if (!group.prefix || term.length <= length) {
        if (term !== word && !scored.has(term)) {
          const distance = typoDistance(word, term, max);
          if (distance > 0 && distance <= max) scored.set(term, distance);
        }
        continue;
      }
      // While typing, compare with beginnings one letter shorter, as long and one longer,
      // so a letter left out ("digitdor" ~ "digitador") costs one typo, not two.
      for (const cut of [length - 1, length, length + 1]) {
        const candidate = term.slice(0, cut);
        if (candidate === word || cut < 2 || cut > term.length) continue;
        const distance = typoDistance(word, candidate, max);
        if (distance > 0 && distance <= max && distance < (scored.get(candidate) ?? max + 1)) scored.set(candidate, distance);
      }
    }
    const best = [...scored].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, MAX_VARIANTS);
    if (best.length > 0) found.set(word, best.map(([text]) => ({ text, prefix: group.prefix })));
  }
  return found;
}
