import type { Settings } from 'meilisearch';
import type { IndexDefinition } from '../definition';
import { STOP_WORDS } from '../text/stop-words';
import { fold } from '../text/normalize';

/** Groups of words (or phrases) that mean the same, as the shared synonym list keeps them. */
export type SynonymGroups = readonly (readonly string[])[];

/**
 * Meilisearch takes synonyms as a map from each word to the words it also finds. Our
 * groups are symmetric, so every member maps to all the others; a word in two groups
 * gets both. Keys are folded the way the embedded engine folds them, so "chófer" and
 * "chofer" are one key.
 */
export function synonymMap(groups: SynonymGroups): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const words = [...new Set(group.map((w) => fold(w).trim()).filter(Boolean))];
    for (const word of words) {
      const others = map.get(word) ?? new Set<string>();
      for (const other of words) if (other !== word) others.add(other);
      map.set(word, others);
    }
  }
  return Object.fromEntries([...map].filter(([, others]) => others.size > 0).map(([word, others]) => [word, [...others]]));
}

/**
 * The settings of one index. Ranking puts an explicit sort first, before relevance, as
 * the embedded engine does; typo tolerance uses the rules both engines share (one typo
 * from 5 letters, two from 9).
 */
export function meilisearchSettings(definition: IndexDefinition, synonymGroups: SynonymGroups): Settings {
  const byWeight = definition.searchable
    .map((s, order) => ({ ...s, order }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  return {
    searchableAttributes: byWeight.map((s) => s.field),
    filterableAttributes: Object.keys(definition.filterable),
    sortableAttributes: [...definition.sortable],
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    synonyms: synonymMap(synonymGroups),
    stopWords: [...STOP_WORDS],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  };
}
