import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database';
import { occupationSkills, occupations, skills } from '../tables';
import { EscoImportError, readZipMember } from './csv-source';
import { importEsco, type EscoImportSummary } from './import-esco';
import { fixtureFolder, openTaxonomyDatabase } from './testing';
import type { SearchEngine } from '@solidaria/search';

const occupation = (slug: string) => `http://data.europa.eu/esco/occupation/fixture-${slug}`;
const skill = (slug: string) => `http://data.europa.eu/esco/skill/fixture-${slug}`;

describe('importing ESCO CSV files (fixture)', () => {
  let db: Database;
  let search: SearchEngine;
  let first: EscoImportSummary;
  const steps = new Set<string>();
  const setup = openTaxonomyDatabase();
  const run = async () => {
    const { db, index } = await setup;
    return importEsco({ db, folder: fixtureFolder, index, onProgress: (step, done, total) => done === total && steps.add(step) });
  };
  const byUri = async (uri: string) => (await db.orm.select().from(occupations).where(sql`uri = ${uri}`))[0]!;
  const snapshot = async () => ({
    occupations: await db.orm.select().from(occupations),
    skills: await db.orm.select().from(skills),
    relations: await db.orm.select().from(occupationSkills),
    index: await search.search('occupations', { q: '', perPage: 100 }),
  });

  beforeAll(async () => {
    ({ db, search } = await setup);
    first = await run();
  });
  afterAll(() => db.close());

  it('counts the concepts of the files, and skips and counts the relations to unknown ends', async () => {
    expect(first).toMatchObject({ iscoGroups: 8, occupations: 6, skills: 10, relations: 10, skippedRelations: 2 });
    const fixtureRows = (table: typeof occupations | typeof skills) =>
      db.orm.select({ n: sql<number>`count(*)` }).from(table).where(sql`uri LIKE '%/fixture-%'`);
    expect((await fixtureRows(occupations))[0]!.n).toBe(6);
    expect((await fixtureRows(skills))[0]!.n).toBe(10);
    const cook = await byUri(occupation('cook'));
    const cookSkills = await db.orm.all<{ uri: string; relation: string }>(
      sql`SELECT s.uri, r.relation FROM occupation_skills r JOIN skills s ON s.id = r.skill_id WHERE r.occupation_id = ${cook.id} ORDER BY s.uri`,
    );
    expect(cookSkills).toEqual([
      { uri: skill('hygiene'), relation: 'essential' },
      { uri: skill('knife'), relation: 'essential' },
      { uri: skill('menus'), relation: 'optional' },
    ]);
    expect(steps).toEqual(new Set(['iscoGroups', 'occupations', 'skills', 'relations']));
  });

  it('keeps "cocinero/cocinera" as the label and adds both gendered forms to the alternative labels', async () => {
    const cook = await byUri(occupation('cook'));
    expect(cook).toMatchObject({ labelEs: 'cocinero/cocinera', labelEn: 'cook', iscoCode: '5120' });
    expect(cook.altLabelsEs).toEqual(['cocinero', 'cocinera', 'cocinero de restaurante', 'cocinera de restaurante', 'jefe de partida']);
    expect((await byUri(occupation('kitchen-assistant'))).altLabelsEs.slice(0, 2)).toEqual(['ayudante de cocina', 'ayudanta de cocina']);
    expect((await byUri(occupation('hotel-manager'))).altLabelsEs).toEqual(['director de hotel', 'directora de hotel', 'gerente de hotel']);
  });

  it('splits a quoted multi-line altLabels field into trimmed, distinct labels without the preferred one', async () => {
    expect((await byUri(occupation('bricklayer'))).altLabelsEs).toEqual(['constructor de muros', 'maestro de obras']);
    expect((await byUri(occupation('cook'))).altLabelsEn).toEqual(['line cook', 'chef de partie']);
  });

  it("gives a concept missing a language the other language's label", async () => {
    expect(await byUri(occupation('street-food-vendor'))).toMatchObject({ labelEn: 'vendedor ambulante/vendedora ambulante', altLabelsEn: [] });
    expect(await byUri(occupation('coffee-picker'))).toMatchObject({ labelEs: 'coffee picker', altLabelsEn: ['coffee harvester'] });
  });

  it('types skills as the table knows them and leaves slashes in skill labels alone', async () => {
    const rows = await db.orm.select().from(skills).where(sql`uri IN (${skill('wood')}, ${skill('tiles')}, ${skill('hygiene')})`);
    expect(Object.fromEntries(rows.map((s) => [s.labelEn, [s.skillType, s.altLabelsEs]]))).toEqual({
      'types of wood material': ['knowledge', ['clases de madera']],
      'drill holes in tiles': ['skill/competence', []],
      'food hygiene': ['knowledge', ['seguridad e higiene de los alimentos']],
    });
  });

  it('puts the imported occupations in the search index, found by an alternative label', async () => {
    const hits = async (q: string) => (await search.search('occupations', { q })).hits.map((h) => h.document.uri);
    // The starter taxonomy has ESCO's kitchen assistant and bricklayer too, so ours may come second.
    expect(await hits('marmiton')).toContain(occupation('kitchen-assistant'));
    expect(await hits('ayudanta')).toContain(occupation('kitchen-assistant'));
    expect(await hits('constructor de muros')).toContain(occupation('bricklayer'));
    const rows = (await db.orm.select({ n: sql<number>`count(*)` }).from(occupations))[0]!.n;
    expect((await search.search('occupations', { q: '' })).total).toBe(rows);
  });

  it('changes nothing on a second import, and reports the same counts', async () => {
    const before = await snapshot();
    const second = await run();
    expect(second).toEqual({ ...first, changed: { iscoGroups: 0, occupations: 0, skills: 0, relations: 0 }, ms: second.ms });
    expect(await snapshot()).toEqual(before);
  });
});

describe('importing over rows that are already there', () => {
  it('keeps the row id and our own alternative labels after ESCO\'s', async () => {
    const { db, search, index } = await openTaxonomyDatabase();
    await db.atomic([
      db.orm.insert(occupations).values({
        uri: occupation('cook'), iscoCode: '5120', labelEs: 'cocinero', labelEn: 'cook', altLabelsEs: ['cocinero de fonda', 'cocinera'], altLabelsEn: [],
      }),
    ]);
    const id = (await db.orm.select().from(occupations).where(sql`uri = ${occupation('cook')}`))[0]!.id;
    await importEsco({ db, folder: fixtureFolder, index });
    const cook = (await db.orm.select().from(occupations).where(sql`id = ${id}`))[0]!;
    expect(cook.labelEs).toBe('cocinero/cocinera');
    expect(cook.altLabelsEs).toEqual(['cocinero', 'cocinera', 'cocinero de restaurante', 'cocinera de restaurante', 'jefe de partida', 'cocinero de fonda']);
    expect((await search.search('occupations', { q: 'fonda' })).hits[0]?.document.id).toBe(id);
    db.close();
  });
});

describe('reading the input', () => {
  it('names the files a folder lacks', async () => {
    const { db, index } = await openTaxonomyDatabase();
    await expect(importEsco({ db, folder: `${fixtureFolder}/relations`, index })).rejects.toThrow(/lacks ISCOGroups_es\.csv.*relations-v1\.1\.1\.zip/);
    db.close();
  });

  it('fails on a zip member that is not there instead of reading an empty file', async () => {
    const read = async () => {
      for await (const _ of readZipMember(`${fixtureFolder}/relations-v1.1.1.zip`, 'missing.csv', [])) void _;
    };
    await expect(read()).rejects.toThrow(EscoImportError);
  });
});
