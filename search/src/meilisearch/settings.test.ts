import { describe, expect, it } from 'vitest';
import type { IndexDefinition } from '../definition';
import { contractIndex } from '../contract/fixture';
import { meilisearchSettings, synonymMap } from './settings';

describe('Meilisearch index settings', () => {
  it('lists searchable fields by weight, heaviest first, ties in definition order', () => {
    const definition: IndexDefinition = {
      name: 'x',
      searchable: [{ field: 'description', weight: 1 }, { field: 'title', weight: 10 }, { field: 'tags', weight: 4 }, { field: 'notes', weight: 1 }],
      filterable: {},
      sortable: [],
    };
    expect(meilisearchSettings(definition, []).searchableAttributes).toEqual(['title', 'tags', 'description', 'notes']);
  });

  it('declares the filterable and sortable fields, typo rules and stop words both engines share', () => {
    const settings = meilisearchSettings(contractIndex, []);
    expect(settings.filterableAttributes).toEqual(['municipality', 'salary', 'skills', 'remote']);
    expect(settings.sortableAttributes).toEqual(['salary']);
    expect(settings.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
    expect(settings.stopWords).toEqual(expect.arrayContaining(['de', 'los', 'the', 'of']));
    expect(settings.rankingRules?.[0]).toBe('sort');
  });

  it('turns symmetric synonym groups into Meilisearch’s word → words map, folded and merged', () => {
    const map = synonymMap([
      ['chofer', 'chófer', 'Conductor', 'motorista'],
      ['conductor', 'driver'],
      ['call center', 'centro de llamadas'],
      ['solo'],
    ]);
    expect(map).toEqual({
      chofer: ['conductor', 'motorista'],
      conductor: ['chofer', 'motorista', 'driver'],
      motorista: ['chofer', 'conductor'],
      driver: ['conductor'],
      'call center': ['centro de llamadas'],
      'centro de llamadas': ['call center'],
    });
    expect(meilisearchSettings(contractIndex, [['mesero', 'salonero']]).synonyms).toEqual({ mesero: ['salonero'], salonero: ['mesero'] });
  });
});
