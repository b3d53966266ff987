import { describe, expect, it } from 'vitest';
import { SearchError } from '../errors';
import type { SearchEngine, SearchQuery } from '../port';
import { contractDocuments, contractIndex } from './fixture';

export interface ContractSubject {
  engine: SearchEngine;
  /** Puts documents in the index and waits until they are searchable. */
  index(documents: typeof contractDocuments): Promise<void>;
  remove(ids: number[]): Promise<void>;
}

/**
 * The behaviour every search engine must show, written once: the same documents, the
 * same queries, the same expectations. `setup` gives a fresh, empty index each time.
 */
export function describeSearchContract(name: string, setup: () => Promise<ContractSubject>) {
  describe(`the search contract on ${name}`, () => {
    const ready = (async () => {
      const subject = await setup();
      await subject.index(contractDocuments);
      return subject;
    })();
    const search = async (q: string, extra: Omit<SearchQuery, 'q'> = {}) => (await ready).engine.search(contractIndex.name, { q, ...extra });
    const ids = async (q: string, extra: Omit<SearchQuery, 'q'> = {}) => (await search(q, extra)).hits.map((h) => h.document.id);

    it('finds a word whatever its accents and case', async () => {
      expect(await ids('albanil')).toEqual([2]);
      expect(await ids('ALBAÑIL')).toEqual([2]);
      expect(await ids('cafe ')).toEqual([6]);
      expect(await ids('bilingue')).toEqual([5]);
    });

    it('forgives one typo from five letters and two from nine, not under five', async () => {
      expect((await ids('cosinero '))[0]).toBe(1);
      expect(await ids('albanl ')).toEqual([2]);
      expect(await ids('recolectro ')).toEqual([6]);
      expect(await ids('cafa ')).toEqual([]);
    });

    it('counts a typo on the first letter double', async () => {
      expect(await ids('kocinero ')).toEqual([]);
      expect(await ids('gardinero ')).toEqual([7]);
    });

    it('completes the word being typed', async () => {
      expect(await ids('coci')).toEqual(expect.arrayContaining([1, 8]));
      expect(await ids('mes')).toEqual(expect.arrayContaining([3]));
      expect(await ids('recolector de ca')).toEqual([6]);
    });

    it('finds regional synonyms, words and phrases', async () => {
      expect(await ids('salonero ')).toEqual([3]);
      expect(await ids('chofer ')).toEqual([4]);
      expect(await ids('centro de llamadas ')).toEqual([5]);
    });

    it('ranks exact matches before matches through a typo', async () => {
      const found = await ids('cocinero ');
      expect(found.slice(0, 2).sort()).toEqual([1, 8]);
    });

    it('ranks a word in a title-like field before the same word in a long one', async () => {
      expect((await ids('cocinero ')).slice(0, 2)).toEqual([1, 8]);
    });

    it('ranks a word in a heavier field first', async () => {
      expect(await ids('cocina ')).toEqual([8, 1]);
    });

    it('finds the words of a query across fields, a title and a description', async () => {
      expect(await ids('ayudante verduras ')).toEqual([8]);
      expect(await ids('albañil planos')).toEqual([2]);
    });

    it('searches only the title-like fields while typing', async () => {
      expect(await ids('temporada')).toEqual([6]);
      expect(await ids('temporada', { asYouType: true })).toEqual([]);
      expect((await ids('coci', { asYouType: true })).sort()).toEqual([1, 8]);
      expect(await ids('cosine', { asYouType: true })).toEqual([1]);
      expect(await ids('mesero de fin de sem', { asYouType: true })).toEqual([3]);
      expect((await search('', { asYouType: true })).total).toBe(10);
    });

    it('ignores stop words unless nothing else is left', async () => {
      expect(await ids('el mesero de los sábados ')).toEqual([3]);
    });

    it('filters by value, list membership, range and flag', async () => {
      expect(await ids('', { filters: [{ field: 'municipality', op: '=', value: 'upala' }] })).toEqual([1, 2, 8]);
      expect(await ids('', { filters: [{ field: 'skills', op: '=', value: 10 }] })).toEqual([1, 8]);
      expect(await ids('', { filters: [{ field: 'salary', op: '>=', value: 450_000 }] })).toEqual([4, 5]);
      expect(await ids('', { filters: [{ field: 'remote', op: '=', value: true }] })).toEqual([5]);
      expect(await ids('cocina', { filters: [{ field: 'municipality', op: 'in', values: ['upala', 'escazu'] }] })).toEqual(expect.arrayContaining([1, 8]));
    });

    it('counts facets over the matching documents', async () => {
      const result = await search('', { facets: ['municipality'], perPage: 1 });
      expect(result.total).toBe(10);
      expect(result.facets.municipality).toEqual({ upala: 3, 'los-chiles': 2, 'la-cruz': 2, escazu: 2, 'san-carlos': 1 });
      expect((await search('cocina', { facets: ['skills'] })).facets.skills).toMatchObject({ '10': 2 });
    });

    it('sorts and pages', async () => {
      const page1 = await search('', { sort: [{ field: 'salary', direction: 'desc' }], perPage: 3 });
      expect(page1.hits.map((h) => h.document.id)).toEqual([5, 4, 2]);
      const page2 = await search('', { sort: [{ field: 'salary', direction: 'desc' }], perPage: 3, page: 2 });
      expect(page2.hits.map((h) => h.document.id)).toEqual([1, 7, 9]);
      expect(page2.total).toBe(10);
      expect(await ids('cocina', { sort: [{ field: 'salary', direction: 'asc' }] })).toEqual([8, 1]);
      expect(await ids('cosinero ', { sort: [{ field: 'salary', direction: 'desc' }] })).toEqual([1, 8]);
    });

    it('marks the matched words and escapes the rest', async () => {
      const [hit] = (await search('costurera', { highlight: true })).hits;
      expect(hit?.highlights?.title).toBe('<mark>Costurera</mark>');
      const [withHtml] = (await search('medida', { highlight: true })).hits;
      expect(withHtml?.highlights?.description).toContain('&lt;a la <mark>medida</mark>&gt;');
    });

    it('answers odd and hostile queries normally', async () => {
      for (const q of ['', ' ', '"', '"cocinero', 'NEAR(cocinero', '*', 'cocinero*', 'title:cocinero', 'AND OR NOT', '-', 'x'.repeat(10_000), '🙂', "'; DROP TABLE x; --"]) {
        const result = await search(q);
        expect(Array.isArray(result.hits), q.slice(0, 20)).toBe(true);
      }
    });

    it('searches only the fields asked for, as titles while typing', async () => {
      expect((await ids('cocina ')).sort()).toEqual([1, 8]);
      expect(await ids('cocina ', { fields: ['title'] })).toEqual([8]);
      await expect(search('cocina', { fields: ['municipality'] })).rejects.toBeInstanceOf(SearchError);
    });

    it('refuses a filter on a field that is not filterable', async () => {
      await expect(search('', { filters: [{ field: 'description', op: '=', value: 'x' }] })).rejects.toBeInstanceOf(SearchError);
    });

    it('replaces a document on upsert and forgets it on delete', async () => {
      const subject = await ready;
      await subject.index([{ ...contractDocuments[9]!, title: 'Cajero nocturno' }]);
      expect(await ids('nocturno ')).toEqual([10]);
      expect(await ids('supermercado ')).toEqual([]);
      await subject.remove([10]);
      expect(await ids('nocturno ')).toEqual([]);
      expect((await search('')).total).toBe(9);
    });
  });
}
