import { schema } from '@solidaria/db';
import { reindex } from '@solidaria/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { ErrorEnvelope } from '../errors';
import { createTestServices } from '../testing';

const services = createTestServices();
const app = createApp(services);
afterAll(() => services.db.close());

const occupation = (uri: string, iscoCode: string, labelEs: string, labelEn: string, altLabelsEs: string[] = [], altLabelsEn: string[] = []) =>
  ({ uri, iscoCode, labelEs, labelEn, altLabelsEs, altLabelsEn });

beforeAll(async () => {
  await services.db.orm.delete(schema.occupationSkills);
  await services.db.orm.delete(schema.occupations);
  await services.db.orm.insert(schema.occupations).values([
    occupation('esco:cook', '5120', 'cocinero/cocinera', 'cook', ['cocinero', 'cocinera', 'chef de partida']),
    occupation('esco:kitchen-porter', '9412', 'ayudante de cocina', 'kitchen porter', ['pinche de cocina']),
    occupation('esco:bricklayer', '7112', 'albañil', 'bricklayer', ['constructora de muros']),
    occupation('esco:waiter', '5131', 'camarero/camarera', 'waiter/waitress', ['mesero', 'mesera', 'salonero', 'salonera']),
  ]);
  await services.search.applySettings();
  await reindex(services.db, services.search, 'occupations');
});

type Results = { results: { label: string; matchedLabel: string; iscoCode: string }[] };
const find = async (query: string) => {
  const res = await app.request(`/api/taxonomy/occupations?${query}`);
  return { status: res.status, body: (await res.json()) as Results };
};

describe('GET /api/taxonomy/occupations', () => {
  it('puts "cocinero/cocinera" first for the misspelt "cosinero"', async () => {
    const { body } = await find('q=cosinero');
    expect(body.results[0]).toMatchObject({ label: 'cocinero/cocinera', iscoCode: '5120' });
  });

  it('finds "albañil" typed without the ñ', async () => {
    expect((await find('q=albanil')).body.results[0]?.label).toBe('albañil');
  });

  it('says which label matched, a regional one included, in the language asked', async () => {
    const { body } = await find('q=salonero&lang=es');
    expect(body.results[0]).toMatchObject({ label: 'camarero/camarera', matchedLabel: 'salonero' });
    const english = await find('q=salonero&lang=en');
    expect(english.body.results[0]?.label).toBe('waiter/waitress');
  });

  it('answers as the person types', async () => {
    expect((await find('q=coci')).body.results.map((r) => r.label)).toEqual(expect.arrayContaining(['cocinero/cocinera', 'ayudante de cocina']));
  });

  it('answers empty, huge and FTS5-like queries normally', async () => {
    for (const q of ['', '%22', 'NEAR(', '*', '%22cocinero', 'x'.repeat(10_000)]) {
      expect((await find(`q=${q}`)).status).toBe(200);
    }
  });

  it('refuses a limit out of range with a 422 envelope', async () => {
    const res = await app.request('/api/taxonomy/occupations?q=x&limit=500');
    expect(res.status).toBe(422);
    expect(((await res.json()) as ErrorEnvelope).error.fields).toHaveProperty('limit');
  });
});
