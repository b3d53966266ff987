import { describe, expect, it } from 'vitest';
import { asYouTypeFields, type IndexDefinition } from './definition';

const index = (searchable: IndexDefinition['searchable']): IndexDefinition => ({ name: 'x', searchable, filterable: {}, sortable: [] });

describe('the fields search-as-you-type looks in', () => {
  it('are the fields marked asYouType', () => {
    expect(asYouTypeFields(index([{ field: 'title', weight: 3, asYouType: true }, { field: 'tags', weight: 2 }, { field: 'text', weight: 1, snippet: true }])))
      .toEqual(['title']);
  });

  it('are, when none is marked, every field that is not a long snippet field, or else all of them', () => {
    expect(asYouTypeFields(index([{ field: 'title', weight: 3 }, { field: 'tags', weight: 2 }, { field: 'text', weight: 1, snippet: true }])))
      .toEqual(['title', 'tags']);
    expect(asYouTypeFields(index([{ field: 'text', weight: 1, snippet: true }]))).toEqual(['text']);
  });
});
