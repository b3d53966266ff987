import { schema } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmbeddedSearch } from './embedded/engine';
import { INDEXES } from './indexes/registry';
import { reindex, reindexWhereMissing } from './reindex';

const db = openSqliteDatabase(':memory:');
const engine = createEmbeddedSearch(db, INDEXES);
afterAll(() => db.close());

const skill = (uri: string, labelEs: string) =>
  ({ uri, skillType: 'skill/competence' as const, labelEs, labelEn: labelEs, altLabelsEs: [], altLabelsEn: [] });

describe('rebuilding an index from the database', () => {
  it('fills empty indexes at start and reports progress', async () => {
    await engine.applySettings();
    await db.orm.delete(schema.occupationSkills);
    await db.orm.delete(schema.skills);
    await db.orm.insert(schema.skills).values([skill('s:1', 'ordeñar vacas'), skill('s:2', 'manejar tractor')]);
    expect(await reindexWhereMissing(db, engine)).toContain('skills');
    const progress: [number, number][] = [];
    expect(await reindex(db, engine, 'skills', (done, total) => progress.push([done, total]))).toBe(2);
    expect(progress.at(-1)).toEqual([2, 2]);
    expect((await engine.search('skills', { q: 'ordenar' })).hits.map((h) => h.document.uri)).toEqual(['s:1']);
  });

  it('replaces changed rows and drops deleted ones in place', async () => {
    await db.orm.update(schema.skills).set({ labelEs: 'ordeñar cabras' }).where(eq(schema.skills.uri, 's:1'));
    await db.orm.delete(schema.skills).where(eq(schema.skills.uri, 's:2'));
    await reindex(db, engine, 'skills');
    expect((await engine.search('skills', { q: 'cabras' })).total).toBe(1);
    expect((await engine.search('skills', { q: 'tractor' })).total).toBe(0);
    expect(await reindexWhereMissing(db, engine)).not.toContain('skills');
  });

  it('leaves an index of more than 1,000 documents alone once it is complete (a search counts exactly only up to 1,000)', async () => {
    await db.orm.insert(schema.skills).values(Array.from({ length: 1_200 }, (_, i) => skill(`s:many-${i}`, `destreza número ${i}`)));
    expect(await reindexWhereMissing(db, engine)).toContain('skills');
    expect((await engine.documentIds!('skills')).length).toBe(1_201);
    expect(await reindexWhereMissing(db, engine)).not.toContain('skills');
  });
});
