import { inArray } from 'drizzle-orm';
import { schema, type Database } from '@solidaria/db';

// The taxonomy rows that documents carry labels of, read for a whole page of documents
// at once (a query per 500 ids) instead of one query per document when reindexing.

type Occupation = typeof schema.occupations.$inferSelect;
export interface SkillLabels {
  es: string;
  en: string;
}

export interface TaxonomyLabels {
  skills: ReadonlyMap<number, SkillLabels>;
  occupations: ReadonlyMap<number, Occupation>;
}

const CHUNK = 500;

/** Ids as `WHERE id IN (…)` on the primary key gives their rows back: each once, ascending. */
export const inIdOrder = (ids: Iterable<number>): number[] => [...new Set(ids)].sort((a, b) => a - b);

async function byChunks<T extends { id: number }>(ids: readonly number[], read: (chunk: number[]) => Promise<T[]>): Promise<Map<number, T>> {
  const out = new Map<number, T>();
  for (let i = 0; i < ids.length; i += CHUNK) for (const row of await read(ids.slice(i, i + CHUNK))) out.set(row.id, row);
  return out;
}

export async function taxonomyLabels(db: Database, skillIds: Iterable<number>, occupationIds: Iterable<number>): Promise<TaxonomyLabels> {
  const skills = await byChunks(inIdOrder(skillIds), (chunk) =>
    db.orm.select({ id: schema.skills.id, es: schema.skills.labelEs, en: schema.skills.labelEn }).from(schema.skills).where(inArray(schema.skills.id, chunk)));
  const occupations = await byChunks(inIdOrder(occupationIds), (chunk) =>
    db.orm.select().from(schema.occupations).where(inArray(schema.occupations.id, chunk)));
  return { skills, occupations };
}

/** The labels of these ids that exist, in id order. */
export function labelsOf<T>(ids: readonly number[], rows: ReadonlyMap<number, T>): T[] {
  return inIdOrder(ids).flatMap((id) => rows.get(id) ?? []);
}
