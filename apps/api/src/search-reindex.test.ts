import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reindex } from '@solidaria/search';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from './demo/seed';
import { createTestServices } from './testing';

// `npm run search:reindex` (and a start on a database whose indexes are missing) reads the
// documents a page at a time; the app writes them one by one as offers and profiles
// change. Both must give the same documents, labels in the same order included.

const dir = mkdtempSync(join(tmpdir(), 'solidaria-reindex-'));
const services = createTestServices();
beforeAll(async () => {
  await services.search.applySettings();
  await seedDemoData(services, dir);
});
afterAll(() => {
  services.db.close();
  rmSync(dir, { recursive: true, force: true });
});

const documentsOf = (index: string) =>
  services.db.orm.all<{ id: number; doc: string }>(sql.raw(`SELECT id, doc FROM "search_${index}_docs" ORDER BY id`));

// The skill ids are a filter (any of them matches): the app writes them in the order they
// were entered, a page read gives required skills first; the order means nothing.
const comparable = (rows: { id: number; doc: string }[]) =>
  rows.map(({ id, doc }) => {
    const parsed = JSON.parse(doc) as { skillIds: number[] };
    return { id, doc: { ...parsed, skillIds: [...parsed.skillIds].sort((a, b) => a - b) } };
  });

describe('rebuilding the offers and profiles indexes from the database', () => {
  it.each(['offers', 'profiles'])('gives the %s index the documents the app wrote, with their skill and occupation labels', async (index) => {
    const written = await documentsOf(index);
    expect(written.length).toBeGreaterThan(2);
    expect(written.some((row) => (JSON.parse(row.doc) as { skillLabels: string[] }).skillLabels.length > 1)).toBe(true);
    await services.db.orm.run(sql.raw(`DELETE FROM "search_${index}_docs"`));
    expect(await reindex(services.db, services.search, index)).toBe(written.length);
    expect(comparable(await documentsOf(index))).toEqual(comparable(written));
  });
});
