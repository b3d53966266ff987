// Findings share one shape of reason: what the rule saw, the employer's words in quotes,
// and why it matters, in Spanish and in English.

import type { Hit } from './text-match';
import type { Finding, Localised } from './types';

export interface Explanation {
  es: string;
  en: string;
}

/** A reason that quotes the words found: «…» in Spanish, "…" in English. */
export function quoted(why: Explanation, words: string): Localised {
  return { es: `${why.es}: «${words}».`, en: `${why.en}: "${words}".` };
}

/** One finding per field the rule fired in, quoting the first words found there. */
export function fromHits<Code extends string>(code: Code, hits: Hit[], why: Explanation): Finding<Code>[] {
  const seen = new Set<string>();
  const out: Finding<Code>[] = [];
  for (const hit of hits) {
    if (seen.has(hit.field)) continue;
    seen.add(hit.field);
    out.push({ code, field: hit.field, reason: quoted(why, hit.quote) });
  }
  return out;
}
