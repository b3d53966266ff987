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
    // A first-letter typo costs two, so only words of nine letters or more may have one.
    const pool = max === 2 ? vocabulary.all() : vocabulary.startingWith(word[0] as string);
    const scored = new Map<string, number>();
    for (const term of pool) {
      if (term.length < length - max || (!group.prefix && term.length > length + max)) continue;
      const candidate = group.prefix && term.length > length ? term.slice(0, length) : term;
      if (candidate === word || scored.has(candidate)) continue;
      const distance = typoDistance(word, candidate, max);
      if (distance > 0 && distance <= max) scored.set(candidate, distance);
    }
    const best = [...scored].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, MAX_VARIANTS);
    if (best.length > 0) found.set(word, best.map(([text]) => ({ text, prefix: group.prefix })));
  }
  return found;
}
