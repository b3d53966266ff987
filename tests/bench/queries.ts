import { pick, seededRandom } from './corpus';
import type { Sources } from './sources';

/** k items drawn without replacement, the same k for the same seed. */
export function sample<T>(items: readonly T[], k: number, seed: number): T[] {
  const rng = seededRandom(seed);
  const copy = [...items];
  const n = Math.min(k, copy.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, n);
}

const endsInLetter = (s: string) => /[\p{L}\p{N}]$/u.test(s);

/** What the search box sends while someone types a title letter by letter (from 2 letters). */
export function typingPrefixes(title: string): string[] {
  const out: string[] = [];
  for (let i = 2; i <= title.length; i++) {
    const prefix = title.slice(0, i);
    if (endsInLetter(prefix) && prefix.trim().length >= 2) out.push(prefix);
  }
  return out;
}

const LETTERS = 'aeioulnrstcdmp';

/**
 * The query with one typo (a substitution, deletion, insertion or swap of neighbours) in
 * one of its words of 5 letters or more, never on the first letter; null when no word is
 * long enough.
 */
export function withOneTypo(query: string, seed: number): string | null {
  const rng = seededRandom(seed);
  const words = query.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => [...w].length >= 5 && /^\p{L}+$/u.test(w));
  if (long.length === 0) return null;
  const [word, at] = pick(rng, long);
  const chars = [...word];
  const p = 1 + Math.floor(rng() * (chars.length - 2));
  const kind = Math.floor(rng() * 4);
  const other = (c: string) => [...LETTERS].find((l) => l !== c.toLowerCase() && rng() < 0.3) ?? (c === 'x' ? 'z' : 'x');
  if (kind === 0) chars[p] = other(chars[p] as string);
  else if (kind === 1) chars.splice(p, 1);
  else if (kind === 2) chars.splice(p, 0, other(chars[p] as string));
  else [chars[p], chars[p + 1]] = [chars[p + 1] as string, chars[p] as string];
  const typo = chars.join('');
  if (typo === word) return null;
  return words.map((w, i) => (i === at ? typo : w)).join(' ');
}

export interface QuerySets {
  /** Titles whose prefixes are typed. */
  typedTitles: string[];
  asYouType: string[];
  full: string[];
  /** Pairs: the full query and the same query with one typo. */
  typoPairs: { exact: string; typo: string }[];
}

export function buildQuerySets(sources: Sources, titleCount = 300, fullCount = 300): QuerySets {
  const titles = [...new Set(sources.titles.map((t) => t.title))];
  const labels = [...new Set(sources.postings.map((p) => p.occupation).filter(Boolean))].sort();
  const typedTitles = sample(titles, titleCount, 1);
  const full = [...sample(titles, Math.ceil(fullCount / 2), 2), ...sample(labels, Math.floor(fullCount / 2), 3)];
  const typoPairs = full.flatMap((exact, i) => {
    const typo = withOneTypo(exact, 1000 + i);
    return typo ? [{ exact, typo }] : [];
  });
  return { typedTitles, asYouType: typedTitles.flatMap(typingPrefixes), full, typoPairs };
}
