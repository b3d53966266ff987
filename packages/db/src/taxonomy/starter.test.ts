import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database';
import { openSqliteDatabase } from '../node';
import { iscoGroups, occupationSkills, occupations, skills } from '../schema';

type Occupation = typeof occupations.$inferSelect;

describe('the starter taxonomy a fresh install ships with', () => {
  let db: Database;
  let allOccupations: Occupation[];

  beforeAll(async () => {
    db = openSqliteDatabase(':memory:');
    allOccupations = await db.orm.select().from(occupations);
  });
  afterAll(() => db.close());

  const count = async (table: typeof iscoGroups | typeof occupations | typeof skills) =>
    (await db.orm.select({ n: sql<number>`count(*)` }).from(table))[0]!.n;
  const spanishLabels = (o: Occupation) => [o.labelEs, ...o.altLabelsEs].map((l) => l.toLocaleLowerCase('es'));
  const withSpanishLabel = (label: string) => allOccupations.filter((o) => spanishLabels(o).includes(label));

  it('has every ISCO-08 group, from major groups to unit groups, in Spanish and English', async () => {
    expect(await count(iscoGroups)).toBe(619);
    const groups = await db.orm.select().from(iscoGroups);
    expect(groups.every((g) => /^\d{1,4}$/.test(g.code) && g.labelEs !== '' && g.labelEn !== '')).toBe(true);
    expect(groups.find((g) => g.code === '5120')?.labelEs).toBe('Cocineros');
  });

  it('has about 150 occupations and 500 skills', async () => {
    expect(await count(occupations)).toBeGreaterThanOrEqual(140);
    expect(await count(occupations)).toBeLessThanOrEqual(170);
    expect(await count(skills)).toBeGreaterThanOrEqual(450);
    expect(await count(skills)).toBeLessThanOrEqual(600);
  });

  it('gives every occupation an ISCO code that exists among the ISCO groups', async () => {
    const codes = new Set((await db.orm.select({ code: iscoGroups.code }).from(iscoGroups)).map((g) => g.code));
    const orphans = allOccupations.filter((o) => !codes.has(o.iscoCode)).map((o) => o.labelEn);
    expect(orphans).toEqual([]);
    expect(allOccupations.every((o) => o.iscoCode.length === 4)).toBe(true);
  });

  it('links occupations only to skills that exist, and gives every occupation some skills', async () => {
    const occupationIds = new Set(allOccupations.map((o) => o.id));
    const skillIds = new Set((await db.orm.select({ id: skills.id }).from(skills)).map((s) => s.id));
    const relations = await db.orm.select().from(occupationSkills);
    expect(relations.length).toBeGreaterThan(1000);
    expect(relations.filter((r) => !occupationIds.has(r.occupationId) || !skillIds.has(r.skillId))).toEqual([]);
    expect(new Set(relations.map((r) => r.relation))).toEqual(new Set(['essential', 'optional']));
    const withSkills = new Set(relations.map((r) => r.occupationId));
    expect(allOccupations.filter((o) => !withSkills.has(o.id)).map((o) => o.labelEn)).toEqual([]);
  });

  it('finds the cook under both gendered forms of "cocinero/cocinera"', () => {
    const cook = allOccupations.find((o) => o.labelEs === 'cocinero/cocinera');
    expect(cook?.labelEn).toBe('cook');
    expect(cook?.altLabelsEs).toEqual(expect.arrayContaining(['cocinero', 'cocinera']));
  });

  it('knows the Central American words for a waiter, a bricklayer and a driver', () => {
    const waiters = allOccupations.filter((o) => spanishLabels(o).includes('mesero') && spanishLabels(o).includes('salonero'));
    expect(waiters.map((o) => o.labelEn)).toContain('waiter/waitress');
    expect(withSpanishLabel('albañil').map((o) => o.labelEn)).toContain('bricklayer');
    expect(withSpanishLabel('chofer').length).toBeGreaterThan(0);
  });

  it('includes informal work that ESCO does not name, such as coffee picking', () => {
    const picker = allOccupations.find((o) => o.uri === 'urn:solidaria:occupation:coffee-picker');
    expect(picker?.iscoCode).toBe('9211');
    expect(picker?.altLabelsEs).toEqual(expect.arrayContaining(['cortador de café', 'cortadora de café', 'recolector de café']));
    expect(withSpanishLabel('vendedor ambulante').length).toBeGreaterThan(0);
  });

  it('gives every skill a Spanish and an English label and a known type', async () => {
    const rows = await db.orm.select().from(skills);
    const incomplete = rows.filter((s) => !s.labelEs.trim() || !s.labelEn.trim() || !Array.isArray(s.altLabelsEs) || !Array.isArray(s.altLabelsEn));
    expect(incomplete).toEqual([]);
    expect(new Set(rows.map((s) => s.skillType))).toEqual(new Set(['skill/competence', 'knowledge']));
  });
});
