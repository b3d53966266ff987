// The full ESCO classification, when ../shared/esco sits beside the project (as on the
// development machines and in CI); elsewhere only the fixture runs.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchEngine } from '@solidaria/search';
import type { Database } from '../../database';
import { importEsco, type EscoImportSummary } from './import-esco';
import { fixtureFolder, openTaxonomyDatabase, repoRoot } from './testing';

const escoFolder = resolve(repoRoot, '../shared/esco');
/** Rows in occupationSkillRelations.csv of ESCO v1.1.1. */
const ESCO_RELATION_ROWS = 123_855;

if (existsSync(escoFolder)) {
  describe(`importing the full ESCO classification from ${escoFolder}`, () => {
    let db: Database;
    let search: SearchEngine;
    let summary: EscoImportSummary;
    const count = async (table: 'occupations' | 'skills', where = sql`uri LIKE 'http%'`) =>
      (await db.orm.all<{ n: number }>(sql`SELECT count(*) AS n FROM ${sql.identifier(table)} WHERE ${where}`))[0]!.n;

    beforeAll(async () => {
      let index;
      ({ db, search, index } = await openTaxonomyDatabase());
      summary = await importEsco({ db, folder: escoFolder, index });
      console.log(
        `ESCO import: ${summary.occupations} occupations, ${summary.skills} skills, ${summary.relations} relations ` +
          `(${summary.skippedRelations} skipped: unknown occupation or skill) in ${(summary.ms / 1000).toFixed(1)} s`,
      );
    });
    afterAll(() => db?.close());

    it('imports 2,942 occupations and 13,485 skills, beside our own urn:solidaria ones', async () => {
      expect(summary).toMatchObject({ iscoGroups: 619, occupations: 2942, skills: 13485 });
      expect(await count('occupations')).toBe(2942);
      expect(await count('skills')).toBe(13485);
      expect(await count('occupations', sql`1`)).toBe(2942 + (await count('occupations', sql`uri LIKE 'urn:solidaria:%'`)));
      expect(await count('skills', sql`1`)).toBe(13485 + (await count('skills', sql`uri LIKE 'urn:solidaria:%'`)));
    });

    it('imports every relation whose ends it knows and counts the others', async () => {
      expect(summary.relations + summary.skippedRelations).toBe(ESCO_RELATION_ROWS);
      // The README: 97.5 % of relations name a known occupation, 96 % a known skill.
      expect(summary.skippedRelations).toBeGreaterThan(0);
      expect(summary.skippedRelations).toBeLessThan(ESCO_RELATION_ROWS * 0.08);
    });

    it('finds "cocinero/cocinera" for the query "cosinero"', async () => {
      const { hits } = await search.search('occupations', { q: 'cosinero', perPage: 5 });
      expect(hits.map((h) => h.document.labelEs)).toContain('cocinero/cocinera');
      expect(hits[0]?.document.labelEs).toBe('cocinero/cocinera');
    });

    it('is fast enough for CI', () => {
      expect(summary.ms).toBeLessThan(60_000);
    });
  });
} else {
  it('has the project fixture to import (../shared/esco is not beside the project here)', () => {
    expect(existsSync(resolve(fixtureFolder, 'occupations_es.csv'))).toBe(true);
  });
}
