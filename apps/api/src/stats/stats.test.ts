import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, signIn } from '../auth/testing-accounts';
import { createTestServices, fakeClock } from '../testing';
import { addApplication, addEnterpriseWithOrders, addPlacement, addPublishedOffer, addSeeker, ESQUIPULAS, PANAMA, UPALA } from './testing-figures';

const services = createTestServices({ clock: fakeClock(new Date('2026-11-27T12:00:00Z')) });
const app = createApp(services);
const cookies = { officer: '', admin: '', seeker: '' };
const MARCH = new Date('2026-03-10T15:00:00Z');
const JUNE = new Date('2026-06-02T15:00:00Z');

type Figures = { municipality: { name: string } | null; figures: { measure: string; currency: string | null; total: number | string; breakdown: { key: string; value: number | string }[] | null }[] };
const get = async (path: string, who: keyof typeof cookies) => app.request(path, { headers: { cookie: cookies[who] } });
const figuresOf = async (query: string, who: keyof typeof cookies = 'officer') => {
  const res = await get(`/api/stats?${query}`, who);
  expect(res.status).toBe(200);
  return (await res.json()) as Figures;
};
const figure = (f: Figures, measure: string, currency: string | null = null) => f.figures.find((x) => x.measure === measure && x.currency === currency)!;
const cell = (f: Figures, measure: string, key: string) => figure(f, measure).breakdown?.find((b) => b.key === key)?.value;

beforeAll(async () => {
  await services.search.applySettings();
  // Upala: 12 women and 3 men registered in March; one man from a "nationality" that would be a formula.
  for (let i = 0; i < 12; i++) await addSeeker(services, UPALA, MARCH, { gender: 'female', nationality: 'NI', populationGroup: 'refugee' });
  for (let i = 0; i < 2; i++) await addSeeker(services, UPALA, MARCH, { gender: 'male', nationality: 'NI', populationGroup: 'host_community' });
  const applicant = await addSeeker(services, UPALA, JUNE, { gender: 'male', nationality: '=HYPERLINK("http://evil.example")', populationGroup: 'migrant' });
  const { offer } = await addPublishedOffer(services, UPALA, JUNE, 'Cocinero', 3);
  await addApplication(services, offer.id, applicant.id, JUNE);
  // Seven placements in Upala, followed up at 3 months: six still employed.
  for (let i = 0; i < 7; i++) await addPlacement(services, UPALA, '2026-04-15', { gender: 'female', ageBand: '25-34' }, [{ months: 3, stillEmployed: i < 6 }]);
  await addEnterpriseWithOrders(services, UPALA, JUNE, 'Tortillería Upala', 6, 150_000);
  // Esquipulas: someone else's people, never in Upala's figures.
  for (let i = 0; i < 9; i++) await addSeeker(services, ESQUIPULAS, MARCH, { gender: 'female' });
  await addEnterpriseWithOrders(services, ESQUIPULAS, JUNE, 'Panadería Esquipulas', 7, 2_500, 'GTQ');
  const person = (name: string, grants: Parameters<typeof addPerson>[2], place: number | null) => addPerson(services, `${name}@example.org`, grants, place);
  cookies.officer = await signIn(app, services, await person('officer', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  cookies.admin = await signIn(app, services, await person('admin', [{ role: 'admin', municipalityId: null }], null));
  cookies.seeker = await signIn(app, services, await person('just-a-seeker', [{ role: 'seeker', municipalityId: null }], UPALA));
});
afterAll(() => services.db.close());

describe('GET /api/stats', () => {
  it('gives an officer their municipality’s seekers by gender with "<5" and the cell that would give it away hidden', async () => {
    const f = await figuresOf('from=2026-01&to=2026-11&by=gender');
    expect(f.municipality?.name).toBe('Upala');
    expect(figure(f, 'seekers').total).toBe(15);
    expect(cell(f, 'seekers', 'male')).toBe('<5');
    expect(cell(f, 'seekers', 'female')).toBe('x');
    expect(cell(f, 'seekers', 'non_binary')).toBe(0);
  });

  it('counts offers, vacancies, applications, placements, retention, enterprises, orders and sales per currency', async () => {
    const f = await figuresOf('from=2026-01&to=2026-11&by=month');
    expect(cell(f, 'publishedOffers', '2026-06')).toBe(1);
    expect(cell(f, 'vacancies', '2026-06')).toBe(3);
    expect(figure(f, 'applications').total).toBe('<5');
    expect(cell(f, 'placements', '2026-04')).toBe(7);
    expect(figure(f, 'followedUp3').total).toBe(7);
    // Six of seven still employed would reveal the one who left: both are hidden.
    expect(figure(f, 'stillEmployed3').total).toBe('x');
    expect(figure(f, 'enterprises').total).toBe('<5');
    expect(figure(f, 'orders').total).toBe(6);
    expect(figure(f, 'sales', 'CRC').total).toBe(6 * 150_000);
    expect(figure(f, 'sales', 'GTQ')).toBeUndefined();
    expect(figure(f, 'seekers').breakdown?.map((b) => b.key)).toHaveLength(11);
  });

  it('names the ISCO major groups in the language asked for', async () => {
    const named = async (lang: string) => ((await figuresOf(`by=iscoGroup&lang=${lang}`)) as Figures & { categories: { key: string; label: string | null }[] }).categories;
    const [es, en] = await Promise.all([named('es'), named('en')]);
    expect(es.map((c) => c.key)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'unknown']);
    expect(es.find((c) => c.key === '5')?.label).toMatch(/servicios|vendedores/i);
    expect(en.find((c) => c.key === '5')?.label).toMatch(/service|sales/i);
  });

  it('gives an admin every municipality, each currency on its own', async () => {
    const f = await figuresOf('from=2026-01&to=2026-11', 'admin');
    expect(f.municipality).toBeNull();
    expect(figure(f, 'seekers').total).toBe(24);
    expect(figure(f, 'sales', 'GTQ').total).toBe(7 * 2_500);
    expect((await figuresOf(`municipality=${ESQUIPULAS}&from=2026-01&to=2026-11`, 'admin')).municipality?.name).toBe('Esquipulas');
  });

  it('refuses an officer another municipality (403), a seeker (403), nobody signed in (401), and an unknown municipality to an admin (404)', async () => {
    expect((await get(`/api/stats?municipality=${ESQUIPULAS}`, 'officer')).status).toBe(403);
    expect((await get(`/api/stats/export.csv?municipality=${ESQUIPULAS}`, 'officer')).status).toBe(403);
    expect((await get('/api/stats', 'seeker')).status).toBe(403);
    expect((await app.request('/api/stats')).status).toBe(401);
    expect((await get('/api/stats?municipality=999', 'admin')).status).toBe(404);
  });

  it('answers bad parameters with 422 and the field, not a stack trace', async () => {
    for (const query of ['from=2026-05&to=2026-04', 'from=2020-01&to=2026-11', 'from=2026-13', 'from=2026-1', 'by=shoe-size', 'municipality=abc', 'to=2021-06&from=2030-01', 'lang=fr', 'to=9999-12', 'to=0000-05']) {
      const res = await get(`/api/stats?${query}`, 'officer');
      expect(res.status, query).toBe(422);
      const body = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts/);
    }
    // Only `from`, after the current month: the filled-in period would run backwards.
    const backwards = await get('/api/stats?from=2027-03', 'officer');
    expect(backwards.status).toBe(422);
    expect(((await backwards.json()) as { error: { fields: Record<string, string> } }).error.fields.to).toMatch(/first month/);
  });
});

describe('periods of whole months', () => {
  it('refuse a day for either end, in the JSON and the CSV alike, saying months are the smallest unit', async () => {
    for (const path of ['/api/stats?from=2026-01-02&to=2026-01', '/api/stats?from=2026-01&to=2026-01-31', '/api/stats/export.csv?from=2026-01-02&to=2026-01-31', '/api/stats?from=2026-02-30']) {
      const res = await get(path, 'officer');
      expect(res.status, path).toBe(422);
      const body = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(Object.values(body.error.fields).join(' '), path).toMatch(/Months are the smallest unit/);
    }
  });

  it('are the twelve months ending with the current one unless chosen, and a single month on its own', async () => {
    const f = (await figuresOf('by=month')) as Figures & { from: string; to: string };
    expect([f.from, f.to]).toEqual(['2025-12', '2026-11']);
    expect(figure(f, 'seekers').breakdown?.map((b) => b.key)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    const june = (await figuresOf('from=2026-06&to=2026-06&by=month')) as Figures & { from: string; to: string };
    expect(figure(june, 'seekers').breakdown).toEqual([{ key: '2026-06', value: '<5' }]);
    expect(figure(june, 'vacancies').total).toBe(3);
  });

  it('cannot isolate one day: a person registered alone on 2 December is only ever counted with the whole of December', async () => {
    await addSeeker(services, UPALA, new Date('2025-12-02T15:00:00Z'), { gender: 'non_binary', nationality: 'HT' });
    expect((await get('/api/stats?from=2025-12-01&to=2025-12-31&by=gender', 'officer')).status).toBe(422);
    expect((await get('/api/stats?from=2025-12-02&to=2025-12-31&by=gender', 'officer')).status).toBe(422);
    const december = await figuresOf('from=2025-12&to=2025-12&by=gender');
    expect(cell(december, 'seekers', 'non_binary')).toBe('<5');
  });
});

describe('the figures’ months', () => {
  it('are the municipality’s: 9 p.m. on 31 January in Upala (3 a.m. UTC on 1 February) counts in January', async () => {
    await addEnterpriseWithOrders(services, UPALA, new Date('2026-02-01T03:00:00Z'), 'Soda nocturna', 0, 0);
    const f = await figuresOf('from=2026-01&to=2026-01&by=month');
    expect(cell(f, 'enterprises', '2026-01')).toBe('<5');
    expect(figure(f, 'enterprises').breakdown?.map((b) => b.key)).toEqual(['2026-01']);
  });

  it('are each municipality’s own when several are counted together, so "all" is the sum of its parts to the hour', async () => {
    // Half past midnight on 1 February in Panamá is still 31 January in Costa Rica.
    for (let i = 0; i < 5; i++) await addEnterpriseWithOrders(services, PANAMA, new Date('2026-02-01T05:30:00Z'), `Fonda ${i}`, 0, 0);
    const panama = await figuresOf(`municipality=${PANAMA}&from=2026-02&to=2026-02&by=month`, 'admin');
    expect(cell(panama, 'enterprises', '2026-02')).toBe(5);
    const all = await figuresOf('from=2026-02&to=2026-02&by=month', 'admin');
    expect(cell(all, 'enterprises', '2026-02')).toBe(5);
    const allJanuary = await figuresOf('from=2026-01&to=2026-01&by=month', 'admin');
    expect(cell(allJanuary, 'enterprises', '2026-01')).toBe('<5');
  });
});

describe('GET /api/stats/export.csv', () => {
  it('downloads UTF-8 CSV with a BOM, a file name, suppression applied, and a formula-looking name opened as text', async () => {
    const res = await get('/api/stats/export.csv?from=2026-01&to=2026-11&by=nationality&lang=es', 'officer');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="solidaria-figures-upala-2026-01-2026-11-by-nationality.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes), { bom: true, columns: true }) as Record<string, string>[];
    const seekers = rows.filter((r) => r.cifra === 'seekers');
    const formula = seekers.find((r) => r['categoría']?.includes('HYPERLINK'));
    expect(formula?.['categoría']).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(formula?.['nombre de la categoría']).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(formula?.valor).toBe('<5');
    // Fourteen Nicaraguans next to a lone "<5" would give it away: hidden as well.
    expect(seekers.find((r) => r['categoría'] === 'NI')).toMatchObject({ 'nombre de la categoría': 'Nicaragua', valor: 'x' });
    expect(seekers.find((r) => r.desglose === 'total')?.valor).toBe('15');
    expect(rows.every((r) => r.municipio === 'Upala' && r.desde === '2026-01' && r.hasta === '2026-11')).toBe(true);
    expect(rows.some((r) => /^[=+\-@]/.test(Object.values(r).join('|')))).toBe(false);
  });

  it('keeps each category’s code beside its name in the language asked for, with the header in that language', async () => {
    const csvIn = async (lang: string) => (await (await get(`/api/stats/export.csv?from=2026-01&to=2026-11&by=populationGroup&lang=${lang}`, 'officer')).text()).replace(/^\uFEFF/, '');
    const [es, en] = await Promise.all([csvIn('es'), csvIn('en')]);
    expect(es.split('\r\n')[0]).toBe('municipio,desde,hasta,cifra,moneda,desglose,categoría,nombre de la categoría,valor');
    expect(en.split('\r\n')[0]).toBe('municipality,from,to,measure,currency,breakdown,category,category name,value');
    const seekersOf = (text: string) => (parse(text, { columns: false, from_line: 2 }) as string[][]).filter((r) => r[3] === 'seekers');
    const refugees = (text: string) => seekersOf(text).find((r) => r[6] === 'refugee');
    expect(refugees(es)?.slice(5)).toEqual(['populationGroup', 'refugee', 'Persona refugiada', '12']);
    expect(refugees(en)?.slice(5)).toEqual(['populationGroup', 'refugee', 'Refugee', '12']);
    expect(seekersOf(en).find((r) => r[6] === 'host_community')?.slice(7)).toEqual(['Host community', '<5']);
    expect(seekersOf(en).find((r) => r[6] === 'unknown')?.[7]).toBe('Not given');
    expect(seekersOf(es).find((r) => r[5] === 'total')?.slice(6)).toEqual(['', 'Total', '15']);
  });
});
