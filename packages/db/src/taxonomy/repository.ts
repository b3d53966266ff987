import { inArray } from 'drizzle-orm';
import type { Database } from '../database';
import { occupations, skills } from './tables';

/** The ids among `ids` that the taxonomy does not hold. */
export async function missingTaxonomyIds(db: Database, kind: 'skills' | 'occupations', ids: readonly number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const table = kind === 'skills' ? skills : occupations;
  const found = new Set((await db.orm.select({ id: table.id }).from(table).where(inArray(table.id, [...ids]))).map((r) => r.id));
  return ids.filter((id) => !found.has(id));
}
