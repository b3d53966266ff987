import type { Database } from '@solidaria/db';
import { createEmbeddedSearch, type IndexDefinition, type SearchEngine } from '@solidaria/search';
import { breakDown, byLastWordLength, type Breakdown } from './diagnose';
import { asYouTypeQuery, indexDocuments, type IndexingResult } from './embedded';
import type { BenchOffer } from './offers-index';
import { sample } from './queries';
import { timeQueries, type Latency } from './timing';

// The as-you-type budget is for "title-like fields". The port cannot restrict a
// query to some fields, so this measures the alternative: a second, small index of the
// offers' title and occupation only, searched through the same engine.
export const benchOfferTitlesIndex: IndexDefinition = {
  name: 'bench_offer_titles',
  searchable: [
    { field: 'title', weight: 10 },
    { field: 'occupation', weight: 6 },
  ],
  filterable: {},
  sortable: [],
};

/** What a suggestion box would search instead: each distinct title or occupation label once. */
export const benchSuggestionsIndex: IndexDefinition = {
  name: 'bench_suggestions',
  searchable: [{ field: 'text', weight: 1 }],
  filterable: {},
  sortable: [],
};

export interface TitleIndexRun {
  engine: SearchEngine;
  indexing: IndexingResult;
  suggestions: number;
}

export async function indexTitles(db: Database, offers: readonly BenchOffer[]): Promise<TitleIndexRun> {
  const engine = createEmbeddedSearch(db, [benchOfferTitlesIndex, benchSuggestionsIndex]);
  await engine.applySettings();
  const documents = offers.map((o) => ({ id: o.id, title: o.title, occupation: o.occupation }));
  const indexing = await indexDocuments(db, engine, benchOfferTitlesIndex.name, documents, 5_000);
  const texts = [...new Set(offers.flatMap((o) => [o.title, o.occupation]).filter(Boolean))];
  await indexDocuments(db, engine, benchSuggestionsIndex.name, texts.map((text, i) => ({ id: i + 1, text })), 5_000);
  return { engine, indexing, suggestions: texts.length };
}

export interface TitleAsYouType {
  indexing: IndexingResult;
  latency: Latency;
  byLastWord: Record<string, Latency>;
  breakdown: Breakdown;
  suggestions: { documents: number; latency: Latency };
}

export async function asYouTypeOnTitles(
  db: Database,
  run: TitleIndexRun,
  queries: readonly string[],
  budgetMs: number,
  breakdownMs: number,
  suggestionsMs: number,
): Promise<TitleAsYouType> {
  const latency = await timeQueries(queries, (q) => run.engine.search(benchOfferTitlesIndex.name, asYouTypeQuery(q)), { budgetMs });
  const breakdown = await breakDown(db, benchOfferTitlesIndex, sample(queries.slice(0, latency.n), 100, 13), {
    perPage: 10,
    highlight: false,
    budgetMs: breakdownMs,
  });
  const suggestions = await timeQueries(queries, (q) => run.engine.search(benchSuggestionsIndex.name, asYouTypeQuery(q)), { budgetMs: suggestionsMs });
  return {
    indexing: run.indexing,
    latency,
    byLastWord: byLastWordLength(queries.slice(0, latency.n), latency.times),
    breakdown,
    suggestions: { documents: run.suggestions, latency: suggestions },
  };
}
