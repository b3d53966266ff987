import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, signIn } from '../auth/testing-accounts';
import { assistedBody, LOS_CHILES, registerAssisted, UPALA } from '../assisted/testing-assisted';
import { createTestServices, fakeClock } from '../testing';

// Officers type names the way they hear them: without accents, in capitals, or with
// accents the register has not. The search finds the person all the same.

const services = createTestServices({ clock: fakeClock() });
const app = createApp(services);
afterAll(() => services.db.close());

let upala = '';
let chiles = '';
let admin = '';
const ids: Record<string, number> = {};

const search = (cookie: string, q: string) => app.request(`/api/office/people?q=${encodeURIComponent(q)}`, { headers: { cookie } });
const sorted = (names: string[]) => [...names].sort();
async function found(cookie: string, q: string): Promise<string[]> {
  const res = await search(cookie, q);
  expect(res.status, q).toBe(200);
  return ((await res.json()) as { people: { displayName: string }[] }).people.map((p) => p.displayName).sort();
}

beforeAll(async () => {
  await services.search.applySettings();
  upala = await signIn(app, services, await addPerson(services, 'oficina.upala@example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  chiles = await signIn(app, services, await addPerson(services, 'oficina.chiles@example.org', [{ role: 'officer', municipalityId: LOS_CHILES }], LOS_CHILES));
  admin = await signIn(app, services, await addPerson(services, 'admin@example.org', [{ role: 'admin', municipalityId: null }]));
  const register = async (cookie: string, displayName: string, municipalityId = UPALA, birthDate = '1988-03-14') => {
    ids[displayName] = (await registerAssisted(app, cookie, { displayName, profile: { ...assistedBody().profile, municipalityId, birthDate } })).id;
  };
  // Different birth years, so none of them is flagged as a duplicate of another.
  await register(upala, 'ÁNGELA Núñez', UPALA, '1980-01-01');
  await register(upala, 'Ángela NÚÑEZ', UPALA, '1981-01-01');
  await register(upala, 'Ramón Nunez', UPALA, '1982-01-01');
  await register(upala, 'Łucja Søndergård', UPALA, '1983-01-01');
  await register(upala, 'Tienda 100% Rosa_María', UPALA, '1984-01-01');
  await register(upala, 'Rosa Mora', UPALA, '1985-01-01');
  await register(chiles, 'Ángela Núñez Chaves', LOS_CHILES, '1986-01-01');
});

describe('finding a person by name at the office', () => {
  it('ignores accents and capitals in the name typed and in the name registered', async () => {
    const angelas = ['Ángela NÚÑEZ', 'ÁNGELA Núñez'];
    expect(await found(upala, 'angela nunez')).toEqual(sorted(angelas));
    expect(await found(upala, 'ANGELA NUNEZ')).toEqual(sorted(angelas));
    expect(await found(upala, 'Ángela  Núñez')).toEqual(sorted(angelas));
    expect(await found(upala, 'ÑUÑEZ')).toEqual(sorted([...angelas, 'Ramón Nunez']));
    expect(await found(upala, 'Núñez')).toEqual(sorted([...angelas, 'Ramón Nunez']));
    expect(await found(upala, 'ramon')).toEqual(['Ramón Nunez']);
    expect(await found(upala, 'lucja sondergard')).toEqual(['Łucja Søndergård']);
    expect(await found(upala, 'Ａｎｇｅｌａ')).toEqual(sorted(angelas));
  });

  it('stays within the officer’s municipality, and an admin finds them in every one', async () => {
    expect(await found(chiles, 'angela nunez')).toEqual(['Ángela Núñez Chaves']);
    expect(await found(admin, 'ANGELA NUNEZ')).toEqual(sorted(['Ángela NÚÑEZ', 'Ángela Núñez Chaves', 'ÁNGELA Núñez']));
    expect(await found(chiles, 'ramon')).toEqual([]);
  });

  it('takes % and _ as themselves, not as wildcards', async () => {
    expect(await found(upala, '100%')).toEqual(['Tienda 100% Rosa_María']);
    expect(await found(upala, 'rosa_m')).toEqual(['Tienda 100% Rosa_María']);
    expect(await found(upala, 'r_sa')).toEqual([]);
    expect(await found(upala, '%ora')).toEqual([]);
    expect(await found(upala, '__')).toEqual([]);
  });

  it('refuses, with the error envelope, words that are less than two letters once accents and spaces go', async () => {
    for (const q of ['a', '\u0301\u0301\u0301', ' ́ ']) {
      const res = await search(upala, q);
      expect(res.status, q).toBe(422);
      expect(await res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED', fields: { q: expect.any(String) } } });
    }
  });
});
