import { reindexWhereMissing } from '@solidaria/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { createTestServices } from '../testing';

// The taxonomy a fresh install ships with (migration 0006), as a person searches it.
const services = createTestServices();
const app = createApp(services);
beforeAll(async () => {
  await services.search.applySettings();
  await reindexWhereMissing(services.db, services.search);
});
afterAll(() => services.db.close());

const labels = async (kind: string, q: string, lang = 'es') => {
  const res = await app.request(`/api/taxonomy/${kind}?q=${encodeURIComponent(q)}&lang=${lang}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { results: { label: string; matchedLabel: string }[] }).results;
};

describe('the starter taxonomy through the API', () => {
  it('answers "cosinero" with "cocinero/cocinera" first', async () => {
    expect((await labels('occupations', 'cosinero'))[0]?.label).toBe('cocinero/cocinera');
  });

  it('finds "albañil" for "albanil" and a waiter for the regional "salonero"', async () => {
    expect((await labels('occupations', 'albanil')).map((r) => r.label)).toContain('albañil');
    const waiter = await labels('occupations', 'salonero');
    expect(waiter[0]?.matchedLabel).toMatch(/salonero/);
  });

  it('finds skills as the person types, in English too', async () => {
    expect((await labels('skills', 'conducir')).length).toBeGreaterThan(0);
    expect((await labels('skills', 'drive', 'en')).length).toBeGreaterThan(0);
  });
});
