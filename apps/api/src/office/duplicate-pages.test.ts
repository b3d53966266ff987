import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn } from '../auth/testing-accounts';
import { addDuplicateFlag, LOS_CHILES, UPALA } from '../assisted/testing-assisted';
import { createTestServices, fakeClock } from '../testing';

// The possible-duplicates queue comes a page at a time (50 by default, at most 100),
// oldest flag first, with links forwards and back that do not shift when flags are
// decided or raised while an officer reads.

const clock = fakeClock();
const services = createTestServices({ clock });
const app = createApp(services);
afterAll(() => services.db.close());

type Page = { duplicates: { id: number; flaggedAt: string; municipalityId: number }[]; hasMore: boolean; next: string | null; previous: string | null };
let upala = '';
let chiles = '';
let admin = '';
const upalaFlags: { id: number; flaggedAt: number }[] = [];
const chilesFlags: number[] = [];

const get = (cookie: string, query: string) => app.request(`/api/office/duplicates?${query}`, { headers: { cookie } });
async function page(cookie: string, query = ''): Promise<Page> {
  const res = await get(cookie, query);
  expect(res.status, query).toBe(200);
  return (await res.json()) as Page;
}
/** Every page, following `next` from the first. */
async function walk(cookie: string, query = ''): Promise<Page[]> {
  const pages = [await page(cookie, query)];
  while (pages.at(-1)!.next) pages.push(await page(cookie, `${query}&after=${pages.at(-1)!.next}`));
  return pages;
}
const ids = (pages: Page[]) => pages.flatMap((p) => p.duplicates.map((d) => d.id));
const oldestFirst = () => [...upalaFlags].sort((a, b) => a.flaggedAt - b.flaggedAt || a.id - b.id).map((f) => f.id);

beforeAll(async () => {
  // 130 flags in Upala, three raised at the same moment (the id breaks the tie), and every
  // tenth moment earlier than the one before (a flag raised later can be older); 5 in Los Chiles.
  const start = clock.now().getTime();
  for (let moment = 0; moment < 44; moment++) {
    clock.set(new Date(start + (moment % 10 === 9 ? moment - 5 : moment) * 60_000));
    for (let i = 0; i < (moment === 43 ? 1 : 3); i++) upalaFlags.push({ id: await addDuplicateFlag(services, UPALA), flaggedAt: clock.now().getTime() });
    if (moment % 9 === 0) chilesFlags.push(await addDuplicateFlag(services, LOS_CHILES));
  }
  clock.set(new Date(start + 45 * 60_000));
  upala = await signIn(app, services, await addPerson(services, 'oficina.upala@example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  chiles = await signIn(app, services, await addPerson(services, 'oficina.chiles@example.org', [{ role: 'officer', municipalityId: LOS_CHILES }], LOS_CHILES));
  admin = await signIn(app, services, await addPerson(services, 'admin@example.org', [{ role: 'admin', municipalityId: null }]));
});

describe('the possible-duplicates queue, a page at a time', () => {
  it('gives 50 by default, oldest flag first, and the next links go through all of them once', async () => {
    const pages = await walk(upala);
    expect(pages.map((p) => p.duplicates.length)).toEqual([50, 50, 30]);
    expect(pages.map((p) => p.hasMore)).toEqual([true, true, false]);
    expect(pages[0]!.previous).toBeNull();
    expect(ids(pages)).toEqual(oldestFirst());
  });

  it('goes back with the previous links to the very same pages', async () => {
    const pages = await walk(upala, 'limit=20');
    expect(pages).toHaveLength(7);
    let back = pages.at(-1)!;
    for (let i = pages.length - 2; i >= 0; i--) {
      back = await page(upala, `limit=20&before=${back.previous}`);
      expect(back.duplicates.map((d) => d.id)).toEqual(pages[i]!.duplicates.map((d) => d.id));
      expect(back.next).toBe(pages[i]!.next);
    }
    expect(back.previous).toBeNull();
  });

  it('keeps the next page where it was when a flag on this page is decided and a new one is raised', async () => {
    const [first, second] = await walk(upala, 'limit=25');
    const decided = first!.duplicates[3]!.id;
    const res = await postJson(app, `/api/office/duplicates/${decided}/decision`, { decision: 'different_people', reason: 'Distinto documento' }, { cookie: upala });
    expect(res.status).toBe(200);
    upalaFlags.splice(upalaFlags.findIndex((f) => f.id === decided), 1);
    upalaFlags.push({ id: await addDuplicateFlag(services, UPALA), flaggedAt: clock.now().getTime() });
    expect((await page(upala, `limit=25&after=${first!.next}`)).duplicates.map((d) => d.id)).toEqual(second!.duplicates.map((d) => d.id));
    expect(ids(await walk(upala, 'limit=25'))).toEqual(oldestFirst());
  });

  it('shows an officer only the flags of their municipality on every page, and an admin all of them', async () => {
    const pages = await walk(chiles, 'limit=2');
    expect(ids(pages)).toEqual(chilesFlags);
    expect(pages.map((p) => p.hasMore)).toEqual([true, true, false]);
    const everything = (await walk(admin, 'limit=100')).flatMap((p) => p.duplicates);
    expect(everything).toHaveLength(upalaFlags.length + chilesFlags.length);
    expect(new Set(everything.map((d) => d.municipalityId))).toEqual(new Set([UPALA, LOS_CHILES]));
  });

  it('allows 100 a page, and refuses a limit of 0, 101 or "x", a position it did not give, or both directions, with the error envelope', async () => {
    expect((await page(upala, 'limit=100')).duplicates).toHaveLength(100);
    const refused = {
      'limit=0': 'limit', 'limit=101': 'limit', 'limit=x': 'limit', 'limit=': 'limit', 'limit=2.5': 'limit',
      'after=bad': 'after', 'after=1795.0': 'after', 'before=01795.4': 'before', 'after=-5.3': 'after', 'after=9999999999999999.1': 'after',
      'after=2026-11-20.5': 'after', 'after=1795.5%27': 'after', 'after=1795.5&before=1796.9': 'before',
    };
    for (const [query, field] of Object.entries(refused)) {
      const res = await get(upala, query);
      expect(res.status, query).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(await res.json(), query).toEqual({ error: { code: 'VALIDATION_FAILED', message: expect.any(String), fields: { [field]: expect.any(String) }, requestId: expect.any(String) } });
    }
  });
});
