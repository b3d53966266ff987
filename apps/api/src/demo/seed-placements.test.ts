import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, signIn } from '../auth/testing-accounts';
import { createTestServices, fakeClock } from '../testing';
import { DEMO_PLACEMENTS, seedDemoPlacements } from './seed-placements';

describe('the demo placements', () => {
  const services = createTestServices({ clock: fakeClock(new Date('2026-11-27T12:00:00Z')) });
  const app = createApp(services);
  beforeAll(() => services.search.applySettings());
  afterAll(() => services.db.close());

  it('give Upala’s figures a year of placements with follow-ups, and small groups that show as "<5"', async () => {
    const officer = await addPerson(services, 'oficina-demo@example.org', [{ role: 'officer', municipalityId: 1 }], 1);
    await seedDemoPlacements(services, officer.id);
    const cookie = await signIn(app, services, officer);
    const res = await app.request('/api/stats?municipality=1&from=2025-11&to=2026-11&by=nationality', { headers: { cookie } });
    const body = (await res.json()) as { figures: { measure: string; total: unknown; breakdown: { value: unknown }[] | null }[] };
    const figure = (measure: string) => body.figures.find((f) => f.measure === measure)!;
    expect(figure('placements').total).toBe(DEMO_PLACEMENTS);
    expect(figure('followedUp1').total).toEqual(expect.any(Number));
    expect(figure('followedUp6').total).toEqual(expect.any(Number));
    expect(figure('placements').breakdown?.some((cell) => cell.value === '<5')).toBe(true);
  });
});
