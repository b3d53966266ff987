import { buildFigures, categoriesOf, iscoMajorGroups, officerScope, type Actor, type Figure, type StatsDimension } from '@solidaria/core';
import { findMunicipality, listMunicipalities, schema, type Database } from '@solidaria/db';
import { inArray } from 'drizzle-orm';
import { ApiError } from '../errors';
import { EARLIEST_TIME_ZONE, todayIn } from '../offers/views';
import { loadFiguresInput, type Coverage } from './load';
import { periodOf, periodProblem, type StatsQuery } from './query';

export interface PublishedFigures {
  municipality: { id: number; name: string; slug: string } | null;
  municipalities: { id: number; name: string }[];
  from: string;
  to: string;
  by: StatsDimension;
  categories: { key: string; label: string | null }[];
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
  // Days and months are the municipality's; several together count in the programme's earliest zone.
  const timeZone = single?.timeZone ?? EARLIEST_TIME_ZONE;
  const period = periodOf(query, todayIn(timeZone, now));
  const problem = periodProblem(period.from, period.to);
  if (problem) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { [query.from ? 'to' : 'from']: problem });
  const { input, nationalities } = await loadFiguresInput(db, coverage, period, query.by, timeZone);
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

/** Occupation groups get their ISCO name in the language asked for; other keys are labelled by the page. */
async function labelled(db: Database, by: StatsDimension, keys: string[], lang: 'es' | 'en') {
  if (by !== 'iscoGroup') return keys.map((key) => ({ key, label: null }));
  const { iscoGroups } = schema;
  const rows = await db.orm.select().from(iscoGroups).where(inArray(iscoGroups.code, [...iscoMajorGroups]));
  const names = new Map(rows.map((r) => [r.code, lang === 'en' ? r.labelEn : r.labelEs]));
  return keys.map((key) => ({ key, label: names.get(key) ?? null }));
}
