import type { Database } from '@solidaria/db';
import { createEmbeddedSearch, type IndexDefinition, type SearchQuery } from '@solidaria/search';
import { ftsTables, layoutOf } from '../../search/src/embedded/schema';
import type { SearchStep } from '../../search/src/embedded/search';
import { Vocabulary } from '../../search/src/embedded/vocabulary';
import { latencyOf, type Latency } from './timing';

// Where a search's time goes: the engine's own steps, timed by its trace hook, per query
// (a step run twice in one query, as ranking tier after tier, is added up).

export interface Breakdown {
  queries: number;
  /** Terms in each FTS5 table's vocabulary and how long loading it took. */
  vocabularies: { table: string; terms: number; loadMs: number }[];
  /** Per step: its time in the queries where it ran, and in how many it ran. */
  steps: Partial<Record<SearchStep, Latency>>;
  total: Latency;
}

export async function breakDown(
  db: Database,
  d: IndexDefinition,
  queries: readonly string[],
  toQuery: (q: string) => SearchQuery,
  budgetMs: number,
): Promise<Breakdown> {
  const vocabularies = [];
  for (const table of ftsTables(layoutOf(d))) {
    const start = performance.now();
    const vocabulary = await new Vocabulary(db, table.vocab).ready();
    const loadMs = performance.now() - start;
    vocabularies.push({ table: table.name, terms: vocabulary.size, loadMs });
  }
  let current = new Map<SearchStep, number>();
  const engine = createEmbeddedSearch(db, [d], { trace: (step, ms) => current.set(step, (current.get(step) ?? 0) + ms) });
  for (const q of queries.slice(0, 10)) await engine.search(d.name, toQuery(q)); // warm-up, vocabulary loaded
  const times = new Map<SearchStep, number[]>();
  const totals: number[] = [];
  const started = performance.now();
  let done = 0;
  for (const q of queries) {
    if (performance.now() - started > budgetMs) break;
    current = new Map();
    const t = performance.now();
    await engine.search(d.name, toQuery(q));
    totals.push(performance.now() - t);
    done++;
    for (const [step, ms] of current) times.set(step, [...(times.get(step) ?? []), ms]);
  }
  const steps: Breakdown['steps'] = {};
  for (const [step, list] of times) steps[step] = latencyOf(list);
  return { queries: done, vocabularies, steps, total: latencyOf(totals) };
}

/** As-you-type latency by the length of the word being typed. */
export function byLastWordLength(queries: readonly string[], times: readonly number[]): Record<string, Latency> {
  const classes: Record<string, number[]> = { '1 letter': [], '2–4 letters': [], '5–8 letters': [], '9+ letters': [] };
  queries.forEach((q, i) => {
    const last = [...(q.trim().split(/\s+/).at(-1) ?? '')].length;
    const key = last <= 1 ? '1 letter' : last <= 4 ? '2–4 letters' : last <= 8 ? '5–8 letters' : '9+ letters';
    classes[key]?.push(times[i] as number);
  });
  return Object.fromEntries(Object.entries(classes).filter(([, t]) => t.length > 0).map(([k, t]) => [k, latencyOf(t)]));
}
