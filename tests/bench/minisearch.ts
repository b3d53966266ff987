import MiniSearch from 'minisearch';
import { STOP_WORDS } from '../../search/src/text/stop-words';
import { fold } from '../../search/src/text/normalize';
import type { BenchOffer } from './offers-index';
import { TITLE_FIELDS, timeIndexing, type IndexingResult } from './embedded';
import { rssMb, timePairs, timeQueries, type Latency } from './timing';

// MiniSearch configured as close to our engine as it allows: the same fields and weights,
// accents and case folded, stop words dropped, every word required, fuzzy 0.2, and the
// last word a prefix. It has no highlighting and no typo rule on the first letter.
export function createMiniSearch() {
  return new MiniSearch<BenchOffer>({
    fields: ['title', 'occupation', 'description'],
    storeFields: [],
    processTerm: (term) => {
      const folded = fold(term);
      return folded && !STOP_WORDS.has(folded) ? folded : null;
    },
    searchOptions: {
      boost: { title: 10, occupation: 6, description: 1 },
      fuzzy: 0.2,
      prefix: (_term, i, terms) => i === terms.length - 1,
      combineWith: 'AND',
    },
  });
}

export function indexMiniSearch(search: MiniSearch<BenchOffer>, offers: readonly BenchOffer[]): IndexingResult {
  return timeIndexing(offers.length, () => search.addAll(offers));
}

/** A page of results as the API would return it: the top ids, after ranking every match. */
export function searchMiniSearch(search: MiniSearch<BenchOffer>, q: string, perPage: number, fields?: readonly string[]) {
  const results = search.search(q, fields ? { fields: [...fields] } : {});
  return { total: results.length, ids: results.slice(0, perPage).map((r) => r.id as number) };
}

export interface MiniSearchRun {
  indexing: IndexingResult;
  rssMb: number;
  asYouType: Latency;
  asYouTypeOnTitleFields: Latency;
  full: Latency;
  typo: { exact: Latency; typo: Latency };
}

/**
 * Builds MiniSearch over the offers and runs the same queries our engine ran (the same
 * leading part of each set, so the ratio compares like with like), each within its budget.
 */
export async function runMiniSearch(
  loadOffers: () => BenchOffer[],
  sets: {
    asYouType: readonly string[];
    asYouTypeOnTitleFields: readonly string[];
    full: readonly string[];
    typoPairs: readonly { exact: string; typo: string }[];
  },
  budgetMs: { asYouType: number; titleFields: number; full: number; typo: number },
): Promise<MiniSearchRun> {
  const search = createMiniSearch();
  let offers: BenchOffer[] | null = loadOffers();
  const indexing = indexMiniSearch(search, offers);
  offers = null;
  const rss = rssMb();
  const asYouType = await timeQueries(sets.asYouType, (q) => searchMiniSearch(search, q, 10), { budgetMs: budgetMs.asYouType });
  const asYouTypeOnTitleFields = await timeQueries(sets.asYouTypeOnTitleFields, (q) => searchMiniSearch(search, q, 10, TITLE_FIELDS), {
    budgetMs: budgetMs.titleFields,
  });
  const full = await timeQueries(sets.full, (q) => searchMiniSearch(search, q, 20), { budgetMs: budgetMs.full });
  const typo = await timePairs(sets.typoPairs, (q) => searchMiniSearch(search, q, 20), budgetMs.typo);
  return { indexing, rssMb: rss, asYouType, asYouTypeOnTitleFields, full, typo };
}
