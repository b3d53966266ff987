import { schema } from '@solidaria/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { createTestServices } from '../testing';

// What the profile editor suggests ("people who do this work know…") and how it names
// the choices a person already made.
const services = createTestServices();
const app = createApp(services);
afterAll(() => services.db.close());

let cook = 0;
let hygiene = 0;
let knives = 0;
let accounts = 0;
beforeAll(async () => {
  const [occupation] = await services.db.orm
    .insert(schema.occupations)
    .values({ uri: 'test:cook', iscoCode: '5120', labelEs: 'cocinero de prueba', labelEn: 'test cook', altLabelsEs: [], altLabelsEn: [] })
    .returning({ id: schema.occupations.id });
  const skill = (uri: string, labelEs: string, labelEn: string) => ({ uri, skillType: 'skill/competence' as const, labelEs, labelEn, altLabelsEs: [], altLabelsEn: [] });
  const skills = await services.db.orm
    .insert(schema.skills)
    .values([skill('test:hygiene', 'respetar la higiene', 'follow hygiene'), skill('test:knives', 'afilar cuchillos', 'sharpen knives'), skill('test:accounts', 'llevar cuentas', 'keep accounts')])
    .returning({ id: schema.skills.id });
  [cook, hygiene, knives, accounts] = [occupation!.id, skills[0]!.id, skills[1]!.id, skills[2]!.id];
  await services.db.orm.insert(schema.occupationSkills).values([
    { occupationId: cook, skillId: hygiene, relation: 'essential' },
    { occupationId: cook, skillId: knives, relation: 'essential' },
    { occupationId: cook, skillId: accounts, relation: 'optional' },
  ]);
});

const json = async <T>(path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T };
};

describe('GET /api/taxonomy/occupations/{id}/skills', () => {
  it('suggests only the essential skills of the occupation, by label, in the language asked', async () => {
    const es = await json<{ occupation: { label: string }; skills: { id: number; label: string }[] }>(`/api/taxonomy/occupations/${cook}/skills`);
    expect(es.status).toBe(200);
    expect(es.body.occupation.label).toBe('cocinero de prueba');
    expect(es.body.skills).toEqual([{ id: knives, label: 'afilar cuchillos' }, { id: hygiene, label: 'respetar la higiene' }]);
    const en = await json<{ skills: { label: string }[] }>(`/api/taxonomy/occupations/${cook}/skills?lang=en`);
    expect(en.body.skills.map((s) => s.label)).toEqual(['follow hygiene', 'sharpen knives']);
  });

  it('answers 404 for an occupation that does not exist, and 422 for an id that is not one', async () => {
    expect((await app.request('/api/taxonomy/occupations/999999/skills')).status).toBe(404);
    expect((await app.request('/api/taxonomy/occupations/abc/skills')).status).toBe(422);
  });
});

describe('naming known taxonomy entries with ?ids=', () => {
  it('gives the labels of the ids asked, in their order, leaving out unknown ones', async () => {
    const { body } = await json<{ results: { id: number; label: string }[] }>(`/api/taxonomy/skills?ids=${accounts},999999,${hygiene}&lang=en`);
    expect(body.results.map((r) => [r.id, r.label])).toEqual([[accounts, 'keep accounts'], [hygiene, 'follow hygiene']]);
    const occupations = await json<{ results: { label: string; iscoCode: string }[] }>(`/api/taxonomy/occupations?ids=${cook}`);
    expect(occupations.body.results).toMatchObject([{ label: 'cocinero de prueba', iscoCode: '5120' }]);
  });

  it('refuses a list that is not of ids', async () => {
    expect((await app.request('/api/taxonomy/skills?ids=1,x')).status).toBe(422);
  });
});
