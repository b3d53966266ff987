import { sql } from 'drizzle-orm';
import type { Database } from '@solidaria/db';
import { allowedTypos, typoDistance } from '../text/typos';
import type { QueryGroup } from './match-expression';

const MAX_VARIANTS = 12;

export interface Variant {
  text: string;
  prefix: boolean;
}

/**
 * Words of the index within the allowed typos of each query word, found in the index's
 * own vocabulary (fts5vocab). For the word being typed, the corrected beginnings.
 */
export async function typoVariants(db: Database, vocabTable: string, groups: readonly QueryGroup[]): Promise<Map<string, Variant[]>> {
  const found = new Map<string, Variant[]>();
  for (const group of groups) {
    const word = group.word;
    const max = allowedTypos(word);
    if (max === 0 || word.includes(' ')) continue;
    const length = [...word].length;
    const first = word[0] as string;
    const next = String.fromCodePoint((first.codePointAt(0) as number) + 1);
    const minLength = length - max;
    const maxLength = group.prefix ? 1000 : length + max;
    const rows = await db.orm.all<{ term: string }>(sql`
      SELECT term FROM ${sql.identifier(vocabTable)}
      WHERE term >= ${first} AND term < ${next} AND length(term) BETWEEN ${minLength} AND ${maxLength}
      ${max === 2 ? sql`UNION SELECT term FROM ${sql.identifier(vocabTable)} WHERE length(term) ${group.prefix ? sql`>=` : sql`=`} ${length} AND substr(term, 2, ${length - 1}) = ${word.slice(1)}` : sql``}`);
    const scored = new Map<string, number>();
    for (const { term } of rows) {
      // While typing, compare with the beginning of longer words ("cosin" ~ "cocin…").
      const candidate = group.prefix && term.length > length ? term.slice(0, length) : term;
      if (candidate === word) continue;
      const distance = typoDistance(word, candidate, max);
      if (distance > 0 && distance <= max) scored.set(candidate, Math.min(distance, scored.get(candidate) ?? distance));
    }
    const best = [...scored].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, MAX_VARIANTS);
    if (best.length > 0) found.set(word, best.map(([text]) => ({ text, prefix: group.prefix })));
  }
  return found;
}
