import { buildFigures, categoriesOf, categoryName, countedMeasures, iscoMajorGroups, monthPeriodProblem, officerScope, type Actor, type Figure, type FiguresInput, type StatsDimension } from '@solidaria/core';
import { findMunicipality, listMunicipalities, schema, type Database } from '@solidaria/db';
import { inArray } from 'drizzle-orm';
import { ApiError } from '../errors';
import { EARLIEST_TIME_ZONE, todayIn } from '../offers/views';
import { loadFiguresInput, type Coverage } from './load';
import { periodOf, type MonthPeriod, type StatsQuery } from './query';

export interface PublishedFigures {
  municipality: { id: number; name: string; slug: string } | null;
  municipalities: { id: number; name: string }[];
  /** First and last months, YYYY-MM. */
  from: string;
  to: string;
  by: StatsDimension;
  categories: { key: string; label: string }[];
  figures: Figure[];
}

/**
 * Which municipalities a caller's figures cover: the one asked for (an officer only
 * their own, else 403), or without one, all they may read. Anyone else: 403.
 */
export async function coverageFor(db: Database, actor: Extract<Actor, { kind: 'user' }>, municipality: number | undefined): Promise<{ coverage: Coverage; refused: boolean }> {
  const scope = officerScope(actor);
  if (scope !== '*' && scope.length === 0) return { coverage: [], refused: true };
  if (municipality === undefined) return { coverage: scope, refused: false };
  if (scope !== '*') return { coverage: [municipality], refused: !scope.includes(municipality) };
  if (!(await findMunicipality(db, municipality))) throw new ApiError('NOT_FOUND', 'There is no such municipality.');
  return { coverage: [municipality], refused: false };
}

/** The figures for a coverage, period and breakdown, with small cells suppressed. */
export async function publishedFigures(db: Database, coverage: Coverage, query: StatsQuery, now: Date): Promise<PublishedFigures> {
  const places = (await listMunicipalities(db)).filter((m) => coverage === '*' || coverage.includes(m.id));
  const single = coverage !== '*' && coverage.length === 1 ? places[0] : undefined;
  // The current month is the municipality's; for several together, the programme's earliest zone's.
  const period = periodOf(query, todayIn(single?.timeZone ?? EARLIEST_TIME_ZONE, now));
  const problem = monthPeriodProblem(period.from, period.to);
  if (problem) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { [query.from ? 'to' : 'from']: problem });
  const { input, nationalities } = await loadInTimeZones(db, places, period, query.by);
  const categories = categoriesOf(query.by, period, nationalities);
  return {
    municipality: single ? { id: single.id, name: single.name, slug: single.slug } : null,
    municipalities: places.map((m) => ({ id: m.id, name: m.name })),
    ...period,
    by: query.by,
    categories: await labelled(db, query.by, categories, query.lang),
    figures: buildFigures({ ...input, categories }),
  };
}

/**
 * Each municipality's rows counted in its own months (its time zone), several added up.
 * Counting all of them in one zone would make "all" differ from the sum of its parts by
 * the hour at each month's edge where the zones disagree (Panama is an hour ahead of the
 * others): a slice finer than a month, for whoever subtracts.
 */
async function loadInTimeZones(db: Database, places: { id: number; timeZone: string }[], period: MonthPeriod, by: StatsDimension) {
  const zones = new Map<string, number[]>();
  for (const m of places) zones.set(m.timeZone, [...(zones.get(m.timeZone) ?? []), m.id]);
  const loaded = await Promise.all([...zones].map(([timeZone, ids]) => loadFiguresInput(db, ids, period, by, timeZone)));
  const counted = {} as FiguresInput['counted'];
  for (const measure of countedMeasures) counted[measure] = loaded.flatMap((l) => l.input.counted[measure]);
  return {
    input: { by, counted, followUps: loaded.flatMap((l) => l.input.followUps), orders: loaded.flatMap((l) => l.input.orders) },
    nationalities: [...new Set(loaded.flatMap((l) => l.nationalities))],
  };
}

/** Every category named in the language asked for; occupation groups by the taxonomy's ISCO names. */
async function labelled(db: Database, by: StatsDimension, keys: string[], lang: 'es' | 'en') {
  const names = new Map<string, string>();
  if (by === 'iscoGroup') {
    const { iscoGroups } = schema;
    const rows = await db.orm.select().from(iscoGroups).where(inArray(iscoGroups.code, [...iscoMajorGroups]));
    for (const r of rows) names.set(r.code, lang === 'en' ? r.labelEn : r.labelEs);
  }
  return keys.map((key) => ({ key, label: categoryName(by, key, lang, names) }));
}
