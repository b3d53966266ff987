import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn } from '../auth/testing-accounts';
import { createTestServices, fakeClock } from '../testing';
import { UPALA } from './testing-figures';

// The "done when", as far as the figures go: placements recorded by the office
// and their 3-month follow-ups, made through the office's own routes, in the figures and the CSV.
const services = createTestServices({ clock: fakeClock(new Date('2026-11-27T12:00:00Z')) });
const app = createApp(services);
let cookie = '';

beforeAll(async () => {
  await services.search.applySettings();
  cookie = await signIn(app, services, await addPerson(services, 'oficina-journey@example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
});
afterAll(() => services.db.close());

describe('placements and follow-ups recorded at the office', () => {
  it('appear in the figures and the CSV, retention included, with suppression applied', async () => {
    for (let i = 0; i < 6; i++) {
      const res = await postJson(app, '/api/placements', { employerName: `Finca ${i}`, municipalityId: UPALA, startsOn: '2026-07-01' }, { cookie });
      expect(res.status).toBe(201);
    }
    const listed = (await (await app.request('/api/office/placements?status=all', { headers: { cookie } })).json()) as { placements: { id: number }[] };
    expect(listed.placements).toHaveLength(6);
    for (const [i, placement] of listed.placements.entries()) {
      const res = await postJson(app, `/api/placements/${placement.id}/follow-ups`, { months: 3, stillEmployed: i < 5 }, { cookie });
      expect(res.status).toBe(201);
    }
    const figures = (await (await app.request('/api/stats?from=2026-01&to=2026-11&by=month', { headers: { cookie } })).json()) as { figures: { measure: string; total: unknown; breakdown: { key: string; value: unknown }[] | null }[] };
    const total = (measure: string) => figures.figures.find((f) => f.measure === measure)?.total;
    expect(total('placements')).toBe(6);
    expect(total('followedUp3')).toBe(6);
    // Five of six still employed would tell who left: hidden.
    expect(total('stillEmployed3')).toBe('x');
    expect(figures.figures.find((f) => f.measure === 'placements')?.breakdown?.find((b) => b.key === '2026-07')?.value).toBe(6);

    const csv = await (await app.request('/api/stats/export.csv?from=2026-01&to=2026-11&by=month', { headers: { cookie } })).text();
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const line = (measure: string) => rows.find((r) => r.cifra === measure && r.desglose === 'total')?.valor;
    expect([line('placements'), line('followedUp3'), line('stillEmployed3')]).toEqual(['6', '6', 'x']);
  });
});
