import type { QueryGroup } from '../../search/src/embedded/match-expression';
import { fold } from '../../search/src/text/normalize';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Highlighting without a second FTS5 query: mark, in the page's documents, the words the
 * query matched (its words, synonyms and typo variants; the last one as a prefix). Used by
 * the bench to time the alternative to highlight(); not the engine's code.
 */
export function highlightInJs(
  documents: readonly Record<string, unknown>[],
  fields: readonly string[],
  groups: readonly QueryGroup[],
  variants: ReadonlyMap<string, readonly { text: string; prefix: boolean }[]>,
): Record<string, string>[] {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const g of groups) {
    g.alternatives.forEach((a, i) => a.split(' ').forEach((w) => (g.prefix && i === 0 ? prefixes.push(w) : exact.add(w))));
    for (const v of variants.get(g.word) ?? []) (v.prefix ? prefixes.push(v.text) : exact.add(v.text));
  }
  const matches = (word: string) => {
    const f = fold(word);
    return exact.has(f) || prefixes.some((p) => f.startsWith(p));
  };
  return documents.map((doc) =>
    Object.fromEntries(
      fields
        .filter((field) => typeof doc[field] === 'string')
        .map((field) => {
          const text = doc[field] as string;
          let out = '';
          let last = 0;
          for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
            if (!matches(m[0])) continue;
            out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
            last = m.index + m[0].length;
          }
          return [field, out + escapeHtml(text.slice(last))];
        }),
    ),
  );
}
