import { openSqliteDatabase } from '@solidaria/db/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { contractIndex } from '../contract/fixture';
import { SearchError } from '../errors';
import { createMeilisearchEngine } from './engine';
import { startMeilisearchDouble, type MeilisearchDouble } from './meilisearch-double';
import { MARK_CLOSE, MARK_OPEN } from './search-params';

const KEY = 'test-master-key';
let double: MeilisearchDouble;
const db = openSqliteDatabase(':memory:');
const engine = () => createMeilisearchEngine({ db, url: double.url, apiKey: KEY, definitions: [contractIndex], synonymGroups: [['mesero', 'salonero']] });
const sent = () => double.requests.map((r) => `${r.method} ${r.path}`);

beforeAll(async () => {
  double = await startMeilisearchDouble(KEY);
});
afterEach(() => {
  // Every request the engine made must be one the documented API knows.
  expect(double.unrecognised).toEqual([]);
  double.requests.length = 0;
  double.state.outage = false;
  double.state.searchAnswer = null;
});
afterAll(async () => {
  await double.close();
  db.close();
});

describe('the Meilisearch engine against a server speaking Meilisearch’s API', () => {
  it('creates each index with id as primary key, then updates its settings, awaiting every task', async () => {
    await engine().applySettings();
    expect(sent()).toEqual(['POST /indexes', 'GET /tasks/0', 'PATCH /indexes/contract_offers/settings', 'GET /tasks/1']);
    expect(double.requests[0]?.body).toEqual({ uid: 'contract_offers', primaryKey: 'id' });
    const settings = double.indexes.get('contract_offers')?.settings;
    expect(settings).toMatchObject({
      searchableAttributes: ['title', 'tags', 'description'],
      filterableAttributes: ['municipality', 'salary', 'skills', 'remote'],
      sortableAttributes: ['salary'],
      synonyms: { mesero: ['salonero'], salonero: ['mesero'] },
      typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    });
    expect(double.indexes.get('contract_offers')?.primaryKey).toBe('id');
  });

  it('applies settings again to an index that already exists', async () => {
    await engine().applySettings();
    const creation = double.tasks.get(2);
    expect(creation).toMatchObject({ type: 'indexCreation', status: 'failed', error: { code: 'index_already_exists' } });
    expect(sent()).toContain('PATCH /indexes/contract_offers/settings');
  });

  it('sends the query as Meilisearch expects it and maps hits, highlights, facets and total back', async () => {
    double.state.searchAnswer = (_index, body) => ({
      hits: [{ id: 8, title: 'Ayudante de cocina', tags: [], description: 'Apoyo <al> cocinero', municipality: 'upala',
        _formatted: { id: '8', title: `Ayudante de ${MARK_OPEN}cocina${MARK_CLOSE}`, tags: [], description: `Apoyo <al> ${MARK_OPEN}cocinero${MARK_CLOSE}` } }],
      facetDistribution: { municipality: { upala: 2, escazu: 1 } },
      query: body.q, processingTimeMs: 0, hitsPerPage: 1, page: 2, totalPages: 3, totalHits: 3,
    });
    const result = await engine().search(contractIndex.name, {
      q: 'cocina', highlight: true, page: 2, perPage: 1, facets: ['municipality'],
      sort: [{ field: 'salary', direction: 'desc' }],
      filters: [{ field: 'municipality', op: 'in', values: ['upala', 'say "hi"'] }, { field: 'salary', op: '>=', value: 100 }],
    });
    expect(sent()).toEqual(['POST /indexes/contract_offers/search']);
    expect(double.requests[0]?.body).toEqual({
      q: 'cocina', page: 2, hitsPerPage: 1,
      filter: 'municipality IN ["upala", "say \\"hi\\""] AND salary >= 100',
      facets: ['municipality'], sort: ['salary:desc'],
      attributesToHighlight: ['title', 'tags', 'description'], highlightPreTag: MARK_OPEN, highlightPostTag: MARK_CLOSE,
    });
    expect(result).toEqual({
      hits: [{
        document: { id: 8, title: 'Ayudante de cocina', tags: [], description: 'Apoyo <al> cocinero', municipality: 'upala' },
        highlights: { title: 'Ayudante de <mark>cocina</mark>', tags: '', description: 'Apoyo &lt;al&gt; <mark>cocinero</mark>' },
      }],
      total: 3, totalIsLowerBound: false, facets: { municipality: { upala: 2, escazu: 1 } }, page: 2, perPage: 1,
    });
  });

  it('refuses unknown indexes and fields without asking the server', async () => {
    const e = engine();
    await expect(e.search('nope', { q: '' })).rejects.toMatchObject({ code: 'UNKNOWN_INDEX' });
    await expect(e.search(contractIndex.name, { q: '', filters: [{ field: 'description', op: '=', value: 'x' }] })).rejects.toBeInstanceOf(SearchError);
    await expect(e.search(contractIndex.name, { q: '', sort: [{ field: 'title', direction: 'asc' }] })).rejects.toMatchObject({ code: 'UNKNOWN_FIELD' });
    expect(() => e.upsertWrites('nope', [{ id: 1 }])).toThrow(SearchError);
    expect(() => e.deleteWrites('nope', [1])).toThrow(SearchError);
    await expect(e.clear('nope')).rejects.toBeInstanceOf(SearchError);
    expect(sent()).toEqual([]);
  });

  it('answers an empty membership filter with no hits, without a request', async () => {
    const result = await engine().search(contractIndex.name, { q: '', facets: ['skills'], filters: [{ field: 'skills', op: 'in', values: [] }] });
    expect(result).toMatchObject({ hits: [], total: 0, facets: { skills: {} } });
    expect(sent()).toEqual([]);
  });

  it('empties an index and waits until Meilisearch has done it', async () => {
    double.indexes.get('contract_offers')?.documents.set('1', { id: 1 });
    await engine().clear(contractIndex.name);
    expect(sent()).toEqual(['DELETE /indexes/contract_offers/documents', expect.stringMatching(/^GET \/tasks\/\d+$/)]);
    expect(double.indexes.get('contract_offers')?.documents.size).toBe(0);
  });

  it('reports health from GET /health, and unhealthy, without throwing, when the server is down or unreachable', async () => {
    expect(await engine().health()).toEqual({ engine: 'meilisearch', ok: true });
    expect(sent()).toEqual(['GET /health']);
    double.state.outage = true;
    expect(await engine().health()).toEqual({ engine: 'meilisearch', ok: false });
    const nowhere = createMeilisearchEngine({ db, url: 'http://127.0.0.1:1', definitions: [contractIndex] });
    expect(await nowhere.health()).toEqual({ engine: 'meilisearch', ok: false });
  });

  it('is a double that notices requests outside the documented API', async () => {
    await expect(engine().client.index('contract_offers').search('x', { unknownOption: 1 } as never)).rejects.toThrow();
    expect(double.unrecognised).toEqual([expect.stringContaining('unknown search parameters unknownOption')]);
    double.unrecognised.length = 0;
  });
});
