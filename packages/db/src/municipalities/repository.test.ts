import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../node';
import { listMunicipalities } from './repository';
import { PROGRAMME_MUNICIPALITIES } from '../../../../tests/fixtures/programme-municipalities';

describe('listMunicipalities', () => {
  const db = openSqliteDatabase(':memory:');
  afterAll(() => db.close());

  it('lists the nine programme municipalities with their country and currency', async () => {
    const list = await listMunicipalities(db);
    const bySlug = new Map(list.map((m) => [m.slug, m]));
    for (const [slug, [country, currency]] of Object.entries(PROGRAMME_MUNICIPALITIES)) {
      expect(bySlug.get(slug), slug).toMatchObject({ country, currency });
    }
    expect(bySlug.get('escazu')?.name).toBe('Escazú');
  });

  it('orders them by country and then by name', async () => {
    const list = await listMunicipalities(db);
    const keys = list.map((m) => `${m.country} ${m.name}`);
    expect(keys).toEqual([...keys].sort());
  });
});
