import { z } from '@hono/zod-openapi';
import { followUpsOf, listMunicipalities, placementsInScope, type OfficeScope, type PlacementPosition } from '@solidaria/db';
import { EARLIEST_TIME_ZONE, todayIn } from '../offers/views';
import { cutPage, positionFormat, type PageWanted } from '../paging/keyset-pages';
import type { Services } from '../services';
import { followUpStates } from './follow-up-dates';

// The office's list of placements, a page at a time, from a position made of the start
// date and id of a placement ("2026-10-20.42"). The due list is worked out per placement
// (it depends on each municipality's today), so it is read in batches until the page is full.

const BATCH = 200;

const positions = positionFormat('\\d{4}-\\d{2}-\\d{2}', (day) => z.iso.date().safeParse(day).success);
/** A position in the list as the page's links carry it. */
export const positionParam = positions.param;
const positionFrom = (value: string): PlacementPosition => {
  const { key, id } = positions.read(value);
  return { startsOn: key, id };
};
const positionOf = (p: PlacementPosition) => positions.write(p.startsOn, p.id);

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

export interface PlacementPageWanted extends PageWanted {
  status: 'due' | 'all';
  person?: number;
}

/** One page of the list, newest start first, with the positions its previous and next links start from. */
export async function placementPage(services: Services, scope: OfficeScope, wanted: PlacementPageWanted) {
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
  const { items, ...links } = cutPage(nearestFirst, wanted, positionOf);
  return { placements: items, ...links };
}
