import { STOP_WORDS } from '../text/stop-words';
import { phraseAt, synonymsOf } from '../text/synonyms';
import { terms } from '../text/normalize';

const MAX_WORDS = 10;
const MAX_WORD_LENGTH = 40;

/** One word (or synonym phrase) of a query, with what may stand for it. */
export interface QueryGroup {
  word: string;
  /** Exact alternatives: the word and its synonyms (phrases included). */
  alternatives: string[];
  /** Whether the word may be the start of a longer one (the last word, being typed). */
  prefix: boolean;
}

/**
 * Reads what a person typed into word groups. Only letters and digits survive, so no
 * input can reach FTS5 as syntax (quotes, NEAR(, *, column filters).
 */
export function parseQuery(q: string): QueryGroup[] {
  const words = terms(q.slice(0, 1000)).filter((w) => w.length <= MAX_WORD_LENGTH);
  const typedLast = /[\p{L}\p{N}]$/u.test(q);
  // Synonym phrases first ("centro de llamadas"), while their small words are still there.
  const all: QueryGroup[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = phraseAt(words, i);
    const word = phrase ?? (words[i] as string);
    if (phrase) i += phrase.split(' ').length - 1;
    // A single letter as a prefix would match most of the index: it waits for a second one.
    const prefix = typedLast && i === words.length - 1 && !phrase && word.length > 1;
    all.push({ word, alternatives: [word, ...synonymsOf(word)], prefix });
  }
  // A word said twice ("montador de equipos/montadora de equipos") asks nothing more the second time.
  const once = all.filter((g, i) => !all.slice(0, i).some((h) => h.word === g.word));
  const meaningful = once.filter((g) => !STOP_WORDS.has(g.word));
  return (meaningful.length > 0 ? meaningful : once).slice(0, MAX_WORDS);
}

const token = (text: string, prefix: boolean) => `"${text}"${prefix ? '*' : ''}`;

/** An FTS5 MATCH expression: every group must match, by any of its alternatives. */
export function matchExpression(
  groups: readonly QueryGroup[],
  typoVariants: ReadonlyMap<string, readonly { text: string; prefix: boolean }[]> = new Map(),
  columns: readonly string[] = [],
): string {
  const expression = groups
    .map((g) => {
      const options = [
        ...g.alternatives.map((a, i) => ({ text: a, prefix: g.prefix && i === 0 })),
        ...(typoVariants.get(g.word) ?? []),
      ];
      // A beginning already asked for ("industria*") finds every word it starts
      // ("industrial*", "industrias"): asking for those too only costs FTS5 more reading.
      const beginnings = options.filter((o) => o.prefix).map((o) => o.text);
      const needed = options.filter((o) => !beginnings.some((b) => b !== o.text && o.text.startsWith(b)));
      return `(${[...new Set(needed.map((o) => token(o.text, o.prefix)))].join(' OR ')})`;
    })
    .join(' AND ');
  return columns.length ? `{${columns.join(' ')}} : (${expression})` : expression;
}
