import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, signIn } from '../auth/testing-accounts';
import { createTestServices } from '../testing';
import { addProduct, listEnterprise } from './testing-marketplace';

const services = createTestServices();
const app = createApp(services);
type Search = { results: { name: string; priceRange: string }[]; total: number; facets: Record<string, Record<string, number>> };
const products = async (query: string) => (await (await app.request(`/api/products?${query}`)).json()) as Search;

beforeAll(async () => {
  await services.search.applySettings();
  const vendor = await signIn(app, services, await addPerson(services, 'facetas@example.org', [{ role: 'vendor', municipalityId: null }]));
  const upala = await listEnterprise(app, vendor, { name: 'Sodita La Facetada', municipalityId: 1 });
  // Prices on both sides of the colón ranges' bounds (₡2 000, ₡5 000, ₡10 000).
  for (const [name, priceMinor] of [['Empanada', 1_200_00], ['Gallo pinto', 2_000_00], ['Casado', 4_500_00], ['Queque', 9_999_00], ['Torta chilena', 12_000_00]] as const) {
    await addProduct(app, vendor, upala.id, { name, priceMinor, category: 'food' });
  }
}, 60_000);
afterAll(() => services.db.close());

describe('the products’ price-range facet', () => {
  it('counts the products in each range of their currency and filters by one', async () => {
    const all = await products('q=');
    expect(all.facets['priceRange']).toEqual({ 'CRC-0': 1, 'CRC-1': 2, 'CRC-2': 1, 'CRC-3': 1 });
    const mid = await products('priceRange=CRC-1');
    expect(mid.results.map((p) => p.name).sort()).toEqual(['Casado', 'Gallo pinto']);
    expect(mid.results.every((p) => p.priceRange === 'CRC-1')).toBe(true);
    // Other facets count within the chosen range.
    expect(mid.facets['category']).toEqual({ food: 2 });
  });

  it('combines with the words searched and the other filters', async () => {
    expect((await products('q=queque&priceRange=CRC-2&municipality=1')).results.map((p) => p.name)).toEqual(['Queque']);
    expect((await products('q=queque&priceRange=CRC-0')).total).toBe(0);
  });

  it('refuses a range that does not exist, with the error envelope', async () => {
    for (const bad of ['CRC-9', 'EUR-1', '0-2000', '']) {
      const res = await app.request(`/api/products?priceRange=${bad}`);
      expect(res.status, bad).toBe(422);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
    }
  });
});
