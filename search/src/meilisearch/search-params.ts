import type { SearchParams, SearchResponse } from 'meilisearch';
import { asYouTypeFields, searchableFields, type IndexDefinition } from '../definition';
import { SearchError } from '../errors';
import type { SearchDocument, SearchHit, SearchQuery, SearchResult } from '../port';
import { terms } from '../text/normalize';
import { assertFilterable, filterString } from './filters';

// Meilisearch does not HTML-escape highlighted text, so it marks matches with control
// characters no text contains; the text is escaped and the marks put in afterwards.
export const MARK_OPEN = '\u0001';
export const MARK_CLOSE = '\u0002';
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Page and page size as the embedded engine bounds them. */
export function paging(query: SearchQuery) {
  return {
    page: Math.max(Math.trunc(query.page ?? 1), 1),
    perPage: Math.min(Math.max(Math.trunc(query.perPage ?? 20), 1), 100),
  };
}

/**
 * What a person typed, without Meilisearch's query operators (phrase quotes, `-` for
 * negation), so the same text means the same in both engines: words, the last one a prefix.
 */
export function plainQuery(q: string): string {
  return q.slice(0, 1000).replace(/"/g, ' ').replace(/(^|\s)-+/g, '$1');
}

/** The body of POST /indexes/:uid/search for a port query; refuses unknown fields. */
export function searchParams(definition: IndexDefinition, query: SearchQuery): SearchParams & { q: string } {
  const { page, perPage } = paging(query);
  for (const field of query.facets ?? []) assertFilterable(definition, field);
  const sort = (query.sort ?? []).map((s) => {
    if (!definition.sortable.includes(s.field)) throw new SearchError('UNKNOWN_FIELD', `"${s.field}" cannot sort ${definition.name}.`);
    return `${s.field}:${s.direction === 'desc' ? 'desc' : 'asc'}`;
  });
  const filter = filterString(definition, query.filters);
  for (const field of query.fields ?? []) {
    if (!searchableFields(definition).includes(field)) throw new SearchError('UNKNOWN_FIELD', `"${field}" is not searchable in ${definition.name}.`);
  }
  // While typing, only the title-like fields, as in the embedded engine.
  const searchOn = query.fields ?? (query.asYouType ? asYouTypeFields(definition) : undefined);
  const q = plainQuery(query.q);
  // With no word to match, the embedded engine marks nothing; neither does this one.
  const highlight = query.highlight === true && terms(q).length > 0;
  return {
    q,
    page,
    hitsPerPage: perPage,
    ...(filter ? { filter } : {}),
    ...(query.facets?.length ? { facets: [...query.facets] } : {}),
    ...(sort.length ? { sort } : {}),
    ...(searchOn?.length ? { attributesToSearchOn: [...searchOn] } : {}),
    ...(highlight
      ? { attributesToHighlight: searchableFields(definition), highlightPreTag: MARK_OPEN, highlightPostTag: MARK_CLOSE }
      : {}),
  };
}

/** A highlighted field as the embedded engine returns it: escaped, lists one per line. */
export function markedText(value: unknown): string | undefined {
  const text = Array.isArray(value) ? value.map(String).join('\n') : typeof value === 'string' ? value : undefined;
  if (text === undefined) return undefined;
  return escapeHtml(text).replaceAll(MARK_OPEN, '<mark>').replaceAll(MARK_CLOSE, '</mark>');
}

type MeiliHit = Record<string, unknown> & { _formatted?: Record<string, unknown> };

/** Meilisearch's answer in the port's form: hits with highlights, facet counts, total. */
export function searchResult<Doc extends SearchDocument>(
  definition: IndexDefinition,
  query: SearchQuery,
  response: SearchResponse<Record<string, unknown>>,
): SearchResult<Doc> {
  const { page, perPage } = paging(query);
  const highlighted = query.highlight === true && terms(plainQuery(query.q)).length > 0;
  const hits: SearchHit<Doc>[] = (response.hits as MeiliHit[]).map((hit) => {
    const { _formatted, _matchesPosition, _rankingScore, _rankingScoreDetails, ...document } = hit;
    if (!highlighted || !_formatted) return { document: document as Doc };
    const highlights: Record<string, string> = {};
    for (const field of searchableFields(definition)) {
      const text = markedText(_formatted[field]);
      if (text !== undefined) highlights[field] = text;
    }
    return { document: document as Doc, highlights };
  });
  const facets: SearchResult['facets'] = {};
  for (const field of query.facets ?? []) facets[field] = { ...(response.facetDistribution?.[field] ?? {}) };
  return { hits, total: response.totalHits ?? response.estimatedTotalHits ?? hits.length, totalIsLowerBound: false, facets, page, perPage };
}

/** The answer to a query that cannot match anything (an empty `in` list). */
export function emptyResult<Doc extends SearchDocument>(query: SearchQuery): SearchResult<Doc> {
  const facets = Object.fromEntries((query.facets ?? []).map((f) => [f, {}]));
  return { hits: [], total: 0, totalIsLowerBound: false, facets, page: paging(query).page, perPage: paging(query).perPage };
}
