import { describe, expect, it } from 'vitest';
import { contractIndex } from '../contract/fixture';
import { SearchError } from '../errors';
import { MARK_CLOSE, MARK_OPEN, markedText, plainQuery, searchParams, searchResult } from './search-params';

const O = MARK_OPEN;
const C = MARK_CLOSE;

describe('search parameters for Meilisearch', () => {
  it('asks for numbered pages of 20 by default and bounds page and size as the embedded engine does', () => {
    expect(searchParams(contractIndex, { q: 'cocina' })).toEqual({ q: 'cocina', page: 1, hitsPerPage: 20 });
    expect(searchParams(contractIndex, { q: '', page: 3, perPage: 5 })).toMatchObject({ page: 3, hitsPerPage: 5 });
    expect(searchParams(contractIndex, { q: '', page: 0, perPage: 500 })).toMatchObject({ page: 1, hitsPerPage: 100 });
    expect(searchParams(contractIndex, { q: '', page: 2.7, perPage: 0 })).toMatchObject({ page: 2, hitsPerPage: 1 });
  });

  it('sorts as field:direction, asks for facets and filters, and refuses unknown fields', () => {
    const params = searchParams(contractIndex, {
      q: 'x',
      sort: [{ field: 'salary', direction: 'desc' }],
      facets: ['municipality', 'skills'],
      filters: [{ field: 'remote', op: '=', value: false }],
    });
    expect(params).toMatchObject({ sort: ['salary:desc'], facets: ['municipality', 'skills'], filter: 'remote = false' });
    expect(searchParams(contractIndex, { q: '', sort: [{ field: 'salary', direction: 'asc' }] }).sort).toEqual(['salary:asc']);
    expect(() => searchParams(contractIndex, { q: '', sort: [{ field: 'title', direction: 'asc' }] })).toThrow(SearchError);
    expect(() => searchParams(contractIndex, { q: '', facets: ['description'] })).toThrow(SearchError);
  });

  it('asks for highlights of the searchable fields between marks it can escape around', () => {
    expect(searchParams(contractIndex, { q: 'cocina', highlight: true })).toMatchObject({
      attributesToHighlight: ['title', 'tags', 'description'],
      highlightPreTag: O,
      highlightPostTag: C,
    });
    expect(searchParams(contractIndex, { q: '  ', highlight: true })).not.toHaveProperty('attributesToHighlight');
    expect(searchParams(contractIndex, { q: 'cocina' })).not.toHaveProperty('attributesToHighlight');
  });

  it('searches only the title-like fields while typing, or the fields asked for', () => {
    expect(searchParams(contractIndex, { q: 'coci', asYouType: true })).toMatchObject({ attributesToSearchOn: ['title', 'tags'] });
    expect(searchParams(contractIndex, { q: 'coci', fields: ['description'] })).toMatchObject({ attributesToSearchOn: ['description'] });
    expect(searchParams(contractIndex, { q: 'coci' })).not.toHaveProperty('attributesToSearchOn');
  });

  it('drops Meilisearch’s phrase and negation operators so the words mean what they mean in the embedded engine', () => {
    expect(plainQuery('"cocinero')).toBe(' cocinero');
    expect(plainQuery('-cocinero  ayudante -de')).toBe('cocinero  ayudante de');
    expect(plainQuery('medio-tiempo')).toBe('medio-tiempo');
    expect(plainQuery('x'.repeat(10_000))).toHaveLength(1000);
  });
});

describe('Meilisearch answers in the port’s form', () => {
  const response = {
    hits: [
      { id: 9, title: 'Costurera', tags: ['a', 'b'], description: 'Ropa <a la medida>', _formatted: { id: '9', title: `${O}Costurera${C}`, tags: ['a', `${O}b${C}`], description: `Ropa <a la ${O}medida${C}>` } },
    ],
    facetDistribution: { municipality: { 'los-chiles': 1 } },
    query: 'costurera medida',
    processingTimeMs: 1,
    totalHits: 41,
    hitsPerPage: 1,
    page: 2,
    totalPages: 41,
  };

  it('maps hits, total, facets and paging, with highlights escaped except for the marks', () => {
    const result = searchResult(contractIndex, { q: 'costurera medida', highlight: true, facets: ['municipality', 'skills'], page: 2, perPage: 1 }, response);
    expect(result.total).toBe(41);
    expect(result.page).toBe(2);
    expect(result.perPage).toBe(1);
    expect(result.facets).toEqual({ municipality: { 'los-chiles': 1 }, skills: {} });
    expect(result.hits[0]?.document).toEqual({ id: 9, title: 'Costurera', tags: ['a', 'b'], description: 'Ropa <a la medida>' });
    expect(result.hits[0]?.highlights).toEqual({
      title: '<mark>Costurera</mark>',
      tags: 'a\n<mark>b</mark>',
      description: 'Ropa &lt;a la <mark>medida</mark>&gt;',
    });
  });

  it('gives no highlights when none were asked for', () => {
    expect(searchResult(contractIndex, { q: 'costurera' }, response).hits[0]).not.toHaveProperty('highlights');
    expect(markedText(null)).toBeUndefined();
    expect(markedText('"<mark>"')).toBe('&quot;&lt;mark&gt;&quot;');
  });
});
