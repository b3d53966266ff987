import { areNeighbourSlugs, type MatchContext, type Municipality } from '@solidaria/core';
import { listMunicipalities, schema, type Database } from '@solidaria/db';

// The taxonomy changes only with an import: scoring reads it from memory, fetched again
// every ten minutes (a few MB for the full ESCO: ISCO codes, occupation → skills, labels).
const KEEP_MS = 10 * 60_000;

interface Taxonomy {
  at: number;
  codes: Map<number, string>;
  skillsOf: Map<number, Set<number>>;
  labels: Map<number, { es: string; en: string }>;
  places: Map<number, Municipality>;
}

const cache = new WeakMap<Database, Promise<Taxonomy>>();

async function readTaxonomy(db: Database, now: number): Promise<Taxonomy> {
  const [occupations, relations, skills, municipalities] = await Promise.all([
    db.orm.select({ id: schema.occupations.id, code: schema.occupations.iscoCode }).from(schema.occupations),
    db.orm.select({ occupationId: schema.occupationSkills.occupationId, skillId: schema.occupationSkills.skillId }).from(schema.occupationSkills),
    db.orm.select({ id: schema.skills.id, es: schema.skills.labelEs, en: schema.skills.labelEn }).from(schema.skills),
    listMunicipalities(db),
  ]);
  const skillsOf = new Map<number, Set<number>>();
  for (const r of relations) skillsOf.set(r.occupationId, (skillsOf.get(r.occupationId) ?? new Set()).add(r.skillId));
  return {
    at: now,
    codes: new Map(occupations.map((o) => [o.id, o.code])),
    skillsOf,
    labels: new Map(skills.map((s) => [s.id, { es: s.es, en: s.en }])),
    places: new Map(municipalities.map((m) => [m.id, m])),
  };
}

async function taxonomy(db: Database, now: number): Promise<Taxonomy> {
  const cached = cache.get(db);
  if (cached && now - (await cached).at < KEEP_MS) return cached;
  const fresh = readTaxonomy(db, now);
  cache.set(db, fresh);
  return fresh;
}

/** What scoring needs to know about the world on `today`: taxonomy facts, places and labels. */
export async function matchContext(db: Database, needs: { today: string; now: Date }): Promise<MatchContext> {
  const t = await taxonomy(db, needs.now.getTime());
  const none: ReadonlySet<number> = new Set();
  return {
    today: needs.today,
    iscoCodeOf: (id) => t.codes.get(id),
    skillsOfOccupation: (id) => t.skillsOf.get(id) ?? none,
    areNeighbours: (a, b) => {
      const [x, y] = [t.places.get(a), t.places.get(b)];
      return Boolean(x && y && areNeighbourSlugs(x.slug, y.slug));
    },
    municipalityName: (id) => t.places.get(id)?.name ?? '',
    skillLabel: (id, lang) => t.labels.get(id)?.[lang] ?? '',
  };
}
