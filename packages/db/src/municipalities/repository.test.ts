import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../node';
import { listMunicipalities } from './repository';

describe('listMunicipalities', () => {
  const db = openSqliteDatabase(':memory:');
  afterAll(() => db.close());

  it('lists the nine programme municipalities with their country and currency', async () => {
    const list = await listMunicipalities(db);
    const bySlug = new Map(list.map((m) => [m.slug, m]));
    const expected = {
      upala: ['CR', 'CRC'], 'los-chiles': ['CR', 'CRC'], 'la-cruz': ['CR', 'CRC'],
      escazu: ['CR', 'CRC'], 'san-carlos': ['CR', 'CRC'], esquipulas: ['GT', 'GTQ'],
      'villa-nueva': ['GT', 'GTQ'], 'san-pedro-sula': ['HN', 'HNL'], panama: ['PA', 'USD'],
    };
    for (const [slug, [country, currency]] of Object.entries(expected)) {
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
