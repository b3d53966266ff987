import { z } from '@hono/zod-openapi';
import { followUpsOf, listMunicipalities, placementsInScope, type OfficeScope, type PlacementPosition } from '@solidaria/db';
import { EARLIEST_TIME_ZONE, todayIn } from '../offers/views';
import type { Services } from '../services';
import { followUpStates } from './follow-up-dates';

// The office's list of placements, a page at a time. A page starts just past a position
// (the start date and id of the last placement shown, "2026-10-20.42"), so recording a
// placement or a follow-up never shifts what the next link shows. The due list is worked
// out per placement (it depends on each municipality's today), so it is read in batches
// until the page is full.

export const PAGE_DEFAULT = 50;
export const PAGE_MAX = 100;
const BATCH = 200;

const POSITION = /^(\d{4}-\d{2}-\d{2})\.([1-9]\d{0,9})$/;
/** A position in the list as the page's links carry it. */
export const positionParam = z
  .string()
  .regex(POSITION, 'Not a position in this list.')
  .refine((value) => z.iso.date().safeParse(value.slice(0, 10)).success, 'Not a position in this list.');
const positionFrom = (value: string): PlacementPosition => {
  const [, startsOn, id] = POSITION.exec(value) as RegExpExecArray;
  return { startsOn: startsOn!, id: Number(id) };
};
const positionOf = (p: PlacementPosition) => `${p.startsOn}.${p.id}`;

/** Today's date in each municipality, for when follow-ups fall due. */
export async function todayByMunicipality(services: Services) {
  const now = services.clock.now();
  const zones = new Map((await listMunicipalities(services.db)).map((m) => [m.id, m.timeZone]));
  return (municipalityId: number) => todayIn(zones.get(municipalityId) ?? EARLIEST_TIME_ZONE, now);
}

type Today = Awaited<ReturnType<typeof todayByMunicipality>>;
type Row = Awaited<ReturnType<typeof placementsInScope>>[number];

async function withFollowUps(services: Services, rows: Row[], today: Today) {
  const answers = await followUpsOf(services.db, rows.map((r) => r.placement.id));
  return rows.map(({ placement: p, personName }) => {
    const mine = answers.filter((a) => a.placementId === p.id);
    const followUps = followUpStates(p.startsOn, mine.map((a) => a.months), today(p.municipalityId)).map((s) => {
      const answer = mine.find((a) => a.months === s.months);
      return { ...s, stillEmployed: answer?.stillEmployed ?? null, note: answer?.note ?? null, recordedAt: answer?.recordedAt.toISOString() ?? null };
    });
    return {
      id: p.id, userId: p.userId, personName, employerName: p.employerName, occupationId: p.occupationId,
      municipalityId: p.municipalityId, startsOn: p.startsOn, source: p.source, followUps,
    };
  });
}

export type PlacementView = Awaited<ReturnType<typeof withFollowUps>>[number];

export interface PageWanted {
  status: 'due' | 'all';
  person?: number;
  limit: number;
  /** The page after this position (older starts) or before it (newer); at most one. */
  after?: string;
  before?: string;
}

/** One page of the list, newest start first, with the positions its previous and next links start from. */
export async function placementPage(services: Services, scope: OfficeScope, wanted: PageWanted) {
  const today = await todayByMunicipality(services);
  const backwards = wanted.before !== undefined;
  const keep = (p: PlacementView) => wanted.status === 'all' || p.followUps.some((f) => f.state === 'due' || f.state === 'overdue');
  const from = wanted.before ?? wanted.after;
  let position = from === undefined ? undefined : positionFrom(from);
  // Nearest the starting position first; one more than the page, to know whether there is more.
  const nearestFirst: PlacementView[] = [];
  while (nearestFirst.length <= wanted.limit) {
    const size = wanted.status === 'all' ? wanted.limit + 1 - nearestFirst.length : BATCH;
    const rows = await placementsInScope(services.db, scope, { userId: wanted.person, limit: size, ...(backwards ? { before: position } : { after: position }) });
    nearestFirst.push(...(await withFollowUps(services, rows, today)).filter(keep));
    const last = rows.at(-1)?.placement;
    if (rows.length < size || !last) break;
    position = { startsOn: last.startsOn, id: last.id };
  }
  const more = nearestFirst.length > wanted.limit;
  const page = nearestFirst.slice(0, wanted.limit);
  const placements = backwards ? page.reverse() : page;
  const [first, last] = [placements[0], placements.at(-1)];
  return {
    placements,
    next: (backwards || more) && last ? positionOf(last) : null,
    previous: (backwards ? more : wanted.after !== undefined) && first ? positionOf(first) : null,
  };
}
