import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn } from '../auth/testing-accounts';
import { addPlacement, LOS_CHILES, UPALA } from '../assisted/testing-assisted';
import { createTestServices, fakeClock } from '../testing';

// The office's placements come a page at a time (50 by default, at most 100), newest
// start first, with links forwards and back that do not shift when the list changes.

// The test clock starts on 27 November 2026.
const services = createTestServices({ clock: fakeClock() });
const app = createApp(services);
afterAll(() => services.db.close());

type Page = { placements: { id: number; startsOn: string; followUps: { state: string }[] }[]; hasMore: boolean; next: string | null; previous: string | null };
let upala = '';
let chiles = '';
const upalaIds: { id: number; startsOn: string }[] = [];
const chilesIds: number[] = [];

const get = (cookie: string, query: string) => app.request(`/api/office/placements?${query}`, { headers: { cookie } });
async function page(cookie: string, query: string): Promise<Page> {
  const res = await get(cookie, query);
  expect(res.status, query).toBe(200);
  return (await res.json()) as Page;
}
/** Every page, following `next` from the first. */
async function walk(cookie: string, query: string): Promise<Page[]> {
  const pages = [await page(cookie, query)];
  while (pages.at(-1)!.next) pages.push(await page(cookie, `${query}&after=${pages.at(-1)!.next}`));
  return pages;
}
const ids = (pages: Page[]) => pages.flatMap((p) => p.placements.map((x) => x.id));

beforeAll(async () => {
  upala = await signIn(app, services, await addPerson(services, 'oficina.upala@example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  chiles = await signIn(app, services, await addPerson(services, 'oficina.chiles@example.org', [{ role: 'officer', municipalityId: LOS_CHILES }], LOS_CHILES));
  // 130 placements in Upala: three a day (the same start, so the id breaks the tie), the
  // newest within the last weeks (nothing due yet), the rest with follow-ups due; 5 in Los Chiles.
  for (let day = 0; day < 44; day++) {
    const startsOn = new Date(Date.UTC(2026, 10, 20) - day * 5 * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < (day === 43 ? 1 : 3); i++) upalaIds.push({ id: await addPlacement(services, startsOn, UPALA), startsOn });
    if (day % 9 === 0) chilesIds.push(await addPlacement(services, startsOn, LOS_CHILES));
  }
});

describe('the placements list, a page at a time', () => {
  it('gives 50 by default, newest start first, and the next links go through all of them once', async () => {
    const pages = await walk(upala, 'status=all');
    expect(pages.map((p) => p.placements.length)).toEqual([50, 50, 30]);
    expect(pages.map((p) => p.hasMore)).toEqual([true, true, false]);
    expect(pages[0]!.previous).toBeNull();
    // Newest start first, and among the same start the last recorded first.
    const newestFirst = [...upalaIds].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || b.id - a.id);
    expect(ids(pages)).toEqual(newestFirst.map((p) => p.id));
  });

  it('goes back with the previous links to the very same pages', async () => {
    const pages = await walk(upala, 'status=all&limit=20');
    expect(pages).toHaveLength(7);
    let back = pages.at(-1)!;
    for (let i = pages.length - 2; i >= 0; i--) {
      back = await page(upala, `status=all&limit=20&before=${back.previous}`);
      expect(back.placements.map((x) => x.id)).toEqual(pages[i]!.placements.map((x) => x.id));
      expect(back.next).toBe(pages[i]!.next);
    }
    expect(back.previous).toBeNull();
  });

  it('pages the follow-ups due the same way, and a newly recorded placement does not shift the next page', async () => {
    const all = ids(await walk(upala, 'status=all&limit=100'));
    const dueFirst = await walk(upala, 'limit=40');
    const due = dueFirst.flatMap((p) => p.placements);
    expect(due.every((p) => p.followUps.some((f) => f.state === 'due' || f.state === 'overdue'))).toBe(true);
    expect(due.length).toBeGreaterThan(100);
    expect(due.length).toBeLessThan(all.length);
    expect(due.map((p) => p.id)).toEqual(all.filter((id) => due.some((p) => p.id === id)));
    // Someone records a placement while the officer reads page 1: page 2 is still page 2.
    const recorded = await postJson(app, '/api/placements', { employerName: 'Finca nueva', municipalityId: UPALA, startsOn: '2026-06-01' }, { cookie: upala });
    expect(recorded.status).toBe(201);
    expect((await page(upala, `limit=40&after=${dueFirst[0]!.next}`)).placements.map((p) => p.id)).toEqual(dueFirst[1]!.placements.map((p) => p.id));
  });

  it('shows an officer only the placements of their municipality, on every page', async () => {
    const pages = await walk(chiles, 'status=all&limit=2');
    expect(ids(pages).sort((a, b) => a - b)).toEqual(chilesIds);
    expect(pages.at(-1)!.hasMore).toBe(false);
  });

  it('finds the follow-ups due behind hundreds of placements with nothing due yet', async () => {
    const dueBefore = ids(await walk(chiles, 'limit=3'));
    expect(dueBefore).toHaveLength(chilesIds.length - 1);
    for (let i = 0; i < 450; i++) await addPlacement(services, '2026-11-25', LOS_CHILES);
    const pages = await walk(chiles, 'limit=3');
    expect(ids(pages)).toEqual(dueBefore);
    expect(pages.map((p) => p.placements.length)).toEqual([3, 1]);
  });

  it('allows 100 a page, and refuses a limit of 0, 101 or "x", a position it did not give, or both directions, with the error envelope', async () => {
    expect((await page(upala, 'status=all&limit=100')).placements).toHaveLength(100);
    const refused = {
      'limit=0': 'limit', 'limit=101': 'limit', 'limit=x': 'limit', 'limit=': 'limit', 'limit=2.5': 'limit',
      'after=bad': 'after', 'after=2026-02-30.5': 'after', 'before=2026-11-20.0': 'before', 'after=2026-11-20.5%27': 'after',
      'after=2026-11-20.5&before=2026-11-20.9': 'before',
    };
    for (const [query, field] of Object.entries(refused)) {
      const res = await get(upala, `status=all&${query}`);
      expect(res.status, query).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(await res.json(), query).toEqual({ error: { code: 'VALIDATION_FAILED', message: expect.any(String), fields: { [field]: expect.any(String) }, requestId: expect.any(String) } });
    }
  });
});
