import { sql } from 'drizzle-orm';
import type { Database } from '../../database';
import { occupationSkills } from '../tables';
import { readZipMember, type CsvRecord } from './csv-source';
import type { Progress } from './upsert-concepts';

type Relation = 'essential' | 'optional';
type RelationRow = typeof occupationSkills.$inferInsert;

/** 5,000 rows of 3 columns per statement: 15,000 bound values, under SQLite's 32,766. */
const RELATIONS_PER_BATCH = 5_000;
const key = (occupationId: number, skillId: number) => occupationId * 2 ** 26 + skillId;

export interface RelationsResult {
  /** Relations whose two ends are known. */
  relations: number;
  /** Relations naming an occupation or a skill the label files do not have, or an unknown type. */
  skipped: number;
  changed: number;
}

/**
 * Maps each relation's URIs to ids and upserts it (ON CONFLICT … DO UPDATE of the
 * relation), skipping and counting those with an unknown end. Relations already in the
 * table with the same type are not written again.
 */
export async function upsertRelations(
  db: Database,
  source: AsyncIterable<CsvRecord>,
  occupationIds: ReadonlyMap<string, number>,
  skillIds: ReadonlyMap<string, number>,
  onProgress: Progress,
): Promise<RelationsResult> {
  const wanted = new Map<number, RelationRow>();
  let skipped = 0;
  for await (const r of source) {
    const occupationId = occupationIds.get(r.occupationUri ?? '');
    const skillId = skillIds.get(r.skillUri ?? '');
    const relation = r.relationType;
    if (occupationId === undefined || skillId === undefined || (relation !== 'essential' && relation !== 'optional')) {
      skipped++;
      continue;
    }
    const k = key(occupationId, skillId);
    // A pair listed twice keeps its strongest tie.
    if (wanted.get(k)?.relation !== 'essential') wanted.set(k, { occupationId, skillId, relation: relation as Relation });
  }

  const existing = new Map<number, string>();
  for (const e of await db.orm.select().from(occupationSkills)) existing.set(key(e.occupationId, e.skillId), e.relation);
  const rows = [...wanted].filter(([k, row]) => existing.get(k) !== row.relation).map(([, row]) => row);

  // Progress counts every relation checked; the unchanged ones are done already.
  const unchanged = wanted.size - rows.length;
  onProgress(unchanged, wanted.size);
  for (let start = 0; start < rows.length; start += RELATIONS_PER_BATCH) {
    const batch = rows.slice(start, start + RELATIONS_PER_BATCH);
    await db.atomic([
      db.orm
        .insert(occupationSkills)
        .values(batch)
        .onConflictDoUpdate({ target: [occupationSkills.occupationId, occupationSkills.skillId], set: { relation: sql.raw('excluded.relation') } }),
    ]);
    onProgress(unchanged + start + batch.length, wanted.size);
  }
  return { relations: wanted.size, skipped, changed: rows.length };
}

export const readRelations = (zip: string, member: string) =>
  readZipMember(zip, member, ['occupationUri', 'relationType', 'skillUri']);
