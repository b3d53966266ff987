import { areNeighbourSlugs, type MatchContext } from '@solidaria/core';
import { listMunicipalities, schema, type Database } from '@solidaria/db';
import { inArray } from 'drizzle-orm';

// Occupations' ISCO codes change only with a taxonomy import: read them once a while, not per request.
const CODES_FOR_MS = 10 * 60_000;
const isco = new WeakMap<Database, { at: number; codes: Map<number, string> }>();

async function iscoCodes(db: Database, now: number): Promise<Map<number, string>> {
  const cached = isco.get(db);
  if (cached && now - cached.at < CODES_FOR_MS) return cached.codes;
  const rows = await db.orm.select({ id: schema.occupations.id, code: schema.occupations.iscoCode }).from(schema.occupations);
  const codes = new Map(rows.map((r) => [r.id, r.code]));
  isco.set(db, { at: now, codes });
  return codes;
}

/**
 * What scoring needs, fetched before scoring: ISCO codes, the skills of the occupations
 * involved, the labels of the skills that may be named as missing, and the places.
 */
export async function matchContext(
  db: Database,
  needs: { today: string; now: Date; occupationIds: readonly number[]; skillIds: readonly number[] },
): Promise<MatchContext> {
  const occupationIds = [...new Set(needs.occupationIds)];
  const skillIds = [...new Set(needs.skillIds)];
  const [codes, relations, labels, municipalities] = await Promise.all([
    iscoCodes(db, needs.now.getTime()),
    occupationIds.length
      ? db.orm.select({ occupationId: schema.occupationSkills.occupationId, skillId: schema.occupationSkills.skillId }).from(schema.occupationSkills).where(inArray(schema.occupationSkills.occupationId, occupationIds))
      : [],
    skillIds.length
      ? db.orm.select({ id: schema.skills.id, es: schema.skills.labelEs, en: schema.skills.labelEn }).from(schema.skills).where(inArray(schema.skills.id, skillIds.slice(0, 900)))
      : [],
    listMunicipalities(db),
  ]);
  const skillsOf = new Map<number, Set<number>>();
  for (const r of relations) skillsOf.set(r.occupationId, (skillsOf.get(r.occupationId) ?? new Set()).add(r.skillId));
  const labelOf = new Map(labels.map((l) => [l.id, l]));
  const places = new Map(municipalities.map((m) => [m.id, m]));
  const none: ReadonlySet<number> = new Set();
  return {
    today: needs.today,
    iscoCodeOf: (id) => codes.get(id),
    skillsOfOccupation: (id) => skillsOf.get(id) ?? none,
    areNeighbours: (a, b) => {
      const [x, y] = [places.get(a), places.get(b)];
      return Boolean(x && y && areNeighbourSlugs(x.slug, y.slug));
    },
    municipalityName: (id) => places.get(id)?.name ?? '',
    skillLabel: (id, lang) => labelOf.get(id)?.[lang] ?? '',
  };
}
