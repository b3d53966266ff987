import type { IndexDefinition } from '../definition';
import { fold } from '../text/normalize';
import type { SearchDocument } from '../port';

const SNIPPET_TOKENS = 24;
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The words a query matched: whole words, and beginnings of the word being typed. */
export interface MatchedTerms {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
}

// Most words are plain ASCII, which folds by lower-casing alone (Unicode normalisation is the slow part).
const foldWord = (token: string) => (/^[\x00-\x7f]*$/.test(token) ? token.toLowerCase() : fold(token));

/** Whether a word of a text is one the query matched; remembers each word's answer. */
export type Matcher = (token: string) => boolean;

export function matcherOf(terms: MatchedTerms): Matcher {
  const seen = new Map<string, boolean>();
  return (token) => {
    let hit = seen.get(token);
    if (hit === undefined) {
      const folded = foldWord(token);
      hit = terms.words.has(folded) || terms.prefixes.some((p) => folded.startsWith(p));
      seen.set(token, hit);
    }
    return hit;
  };
}

/**
 * A field's text, HTML-escaped, with the matched words in <mark>; a long field as a
 * snippet around its first match. Done here on the page's documents rather than by
 * FTS5, which would evaluate the whole query again for each of them.
 */
export function markText(text: string, terms: MatchedTerms | Matcher, snippet: boolean): string {
  const isMatch = typeof terms === 'function' ? terms : matcherOf(terms);
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
  let from = 0;
  let to = text.length;
  if (snippet && tokens.length > SNIPPET_TOKENS) {
    const first = Math.max(0, tokens.findIndex((t) => isMatch(t[0])));
    const start = Math.max(0, Math.min(first - 4, tokens.length - SNIPPET_TOKENS));
    from = tokens[start]!.index;
    const last = tokens[Math.min(start + SNIPPET_TOKENS, tokens.length) - 1]!;
    to = last.index + last[0].length;
  }
  let out = '';
  let at = from;
  for (const token of tokens) {
    if (token.index < from) continue;
    if (token.index >= to) break;
    // A word is letters and digits only: nothing in it to escape.
    out += escapeHtml(text.slice(at, token.index));
    out += isMatch(token[0]) ? `<mark>${token[0]}</mark>` : token[0];
    at = token.index + token[0].length;
  }
  out += escapeHtml(text.slice(at, to));
  return `${from > 0 ? '…' : ''}${out}${to < text.length ? '…' : ''}`;
}

export function markDocument(d: IndexDefinition, doc: SearchDocument, terms: MatchedTerms | Matcher): Record<string, string> {
  const isMatch = typeof terms === 'function' ? terms : matcherOf(terms);
  const marked: Record<string, string> = {};
  for (const s of d.searchable) {
    const value = doc[s.field];
    const text = Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : null;
    if (text !== null) marked[s.field] = markText(text, isMatch, s.snippet === true);
  }
  return marked;
}
