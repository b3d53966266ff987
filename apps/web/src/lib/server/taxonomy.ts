import { getLocale } from '$lib/paraglide/runtime';
import type { ApiClient } from './api';

export type TaxonomyKind = 'occupations' | 'skills';

export interface TaxonomyEntry {
  id: number;
  label: string;
  /** The label the person's words matched, when it is another one ("salonero" for a waiter). */
  matchedLabel: string;
}

/** How many results a search shows: ten fit a phone's screen with room to tap. */
const SHOWN = 10;
const lang = () => getLocale();

/** Up to ten entries for what the person typed; none for an empty search. */
export async function searchTaxonomy(api: ApiClient, kind: TaxonomyKind, q: string): Promise<TaxonomyEntry[]> {
  if (q.trim() === '') return [];
  const res = await api.api.taxonomy[kind].$get({ query: { q, lang: lang(), limit: String(SHOWN) } });
  return res.ok ? (await res.json()).results : [];
}

/**
 * Occupations an offer's title suggests. A title says more than an occupation's name
 * ("Chofer de vagoneta", "Mesero para soda") and the search wants every word, so the
 * words that find nothing are dropped from the end; returns the words that found some.
 */
export async function occupationsForTitle(api: ApiClient, title: string): Promise<{ q: string; results: TaxonomyEntry[] }> {
  const words = title.trim().split(/\s+/).slice(0, 6);
  for (let n = words.length; n > 0; n--) {
    const q = words.slice(0, n).join(' ');
    const results = await searchTaxonomy(api, 'occupations', q);
    if (results.length > 0) return { q, results };
  }
  return { q: '', results: [] };
}

/** The labels of entries a profile names, by id. An id the API does not know stays out. */
export async function taxonomyLabels(api: ApiClient, kind: TaxonomyKind, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const res = await api.api.taxonomy[kind].$get({ query: { ids: [...new Set(ids)].join(','), lang: lang() } });
  const results = res.ok ? (await res.json()).results : [];
  return new Map(results.map((entry) => [entry.id, entry.label]));
}

export interface SuggestionGroup {
  occupation: { id: number; label: string };
  skills: { id: number; label: string }[];
}

/**
 * For each occupation the person wants, the essential skills they have not added yet:
 * what people who do that work are expected to know, one tap each. A few per occupation,
 * so the page stays short.
 */
export async function suggestedSkills(api: ApiClient, occupationIds: readonly number[], chosen: ReadonlySet<number>, perOccupation = 8) {
  const groups = await Promise.all(
    occupationIds.map(async (id): Promise<SuggestionGroup | null> => {
      const res = await api.api.taxonomy.occupations[':id'].skills.$get({ param: { id: String(id) }, query: { lang: lang() } });
      if (!res.ok) return null;
      const { occupation, skills } = await res.json();
      return { occupation, skills: skills.filter((skill) => !chosen.has(skill.id)).slice(0, perOccupation) };
    }),
  );
  return groups.filter((group): group is SuggestionGroup => group !== null && group.skills.length > 0);
}
