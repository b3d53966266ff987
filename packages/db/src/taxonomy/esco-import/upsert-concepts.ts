import { sql } from 'drizzle-orm';
import type { Database, Write } from '../../database';
import { occupations, skills } from '../tables';
import type { ConceptDraft, OccupationDraft, SkillDraft } from './concepts';
import { altLabels } from './labels';

export type OccupationRow = typeof occupations.$inferSelect;
export type SkillRow = typeof skills.$inferSelect;

/** Search-index writes for rows just upserted, to run in the same atomic unit (see the search port). */
export interface TaxonomyIndexWrites {
  occupations(rows: readonly OccupationRow[]): Write[];
  skills(rows: readonly SkillRow[]): Write[];
}

export type Progress = (done: number, total: number) => void;

/** Rows per atomic unit: 500 rows of 7 columns is 3,500 bound values, well under SQLite's 32,766. */
export const BATCH = 500;

const sameRow = <Row extends object>(a: Row, b: Row) =>
  (Object.keys(a) as (keyof Row)[]).every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));

/**
 * The next id AUTOINCREMENT would give. Ids are chosen before the batch runs so the
 * search documents can be built for the same atomic unit as the rows; a concurrent
 * insert would collide on the primary key and fail the batch rather than mix rows up.
 */
async function nextId(db: Database, table: 'occupations' | 'skills'): Promise<number> {
  const [row] = await db.orm.all<{ next: number }>(sql`SELECT max(
      coalesce((SELECT seq FROM sqlite_sequence WHERE name = ${table}), 0),
      coalesce((SELECT max(id) FROM ${sql.identifier(table)}), 0)) + 1 AS next`);
  return row?.next ?? 1;
}

/**
 * Upserts concepts by uri in batches, each batch one atomic unit with its index writes.
 * Rows that would not change are left alone (a second import writes nothing). Our own
 * alternative labels on a row (regional words of the starter taxonomy, e.g. "mesero") are
 * kept after ESCO's, so an import never takes a word away from search.
 */
async function upsertConcepts<Draft extends ConceptDraft, Row extends Draft & { id: number }>(
  db: Database,
  table: 'occupations' | 'skills',
  existingRows: readonly Row[],
  drafts: readonly Draft[],
  write: (rows: Row[]) => Write[],
  onProgress: Progress,
): Promise<{ ids: Map<string, number>; changed: number }> {
  const existing = new Map(existingRows.map((r) => [r.uri, r]));
  const ids = new Map(existingRows.map((r) => [r.uri, r.id]));
  let next = await nextId(db, table);
  let changed = 0;
  for (let start = 0; start < drafts.length; start += BATCH) {
    const rows: Row[] = [];
    for (const draft of drafts.slice(start, start + BATCH)) {
      const old = existing.get(draft.uri);
      const row = {
        ...draft,
        id: old?.id ?? next++,
        altLabelsEs: altLabels(draft.labelEs, draft.altLabelsEs, old?.altLabelsEs ?? []),
        altLabelsEn: altLabels(draft.labelEn, draft.altLabelsEn, old?.altLabelsEn ?? []),
      } as Row;
      ids.set(row.uri, row.id);
      if (!old || !sameRow(row, old)) rows.push(row);
    }
    await db.atomic(rows.length > 0 ? write(rows) : []);
    changed += rows.length;
    onProgress(Math.min(start + BATCH, drafts.length), drafts.length);
  }
  return { ids, changed };
}

// ON CONFLICT … DO UPDATE SET property = excluded.column, for drizzle's property names.
const fromExcluded = (columns: Record<string, string>) =>
  Object.fromEntries(Object.entries(columns).map(([property, column]) => [property, sql.raw(`excluded.${column}`)]));
const labelColumns = { labelEs: 'label_es', labelEn: 'label_en', altLabelsEs: 'alt_labels_es', altLabelsEn: 'alt_labels_en' };

export async function upsertOccupations(db: Database, drafts: readonly OccupationDraft[], index: TaxonomyIndexWrites, onProgress: Progress) {
  const write = (rows: OccupationRow[]): Write[] => [
    db.orm.insert(occupations).values(rows).onConflictDoUpdate({ target: occupations.uri, set: fromExcluded({ iscoCode: 'isco_code', ...labelColumns }) }),
    ...index.occupations(rows),
  ];
  return upsertConcepts(db, 'occupations', await db.orm.select().from(occupations), drafts, write, onProgress);
}

export async function upsertSkills(db: Database, drafts: readonly SkillDraft[], index: TaxonomyIndexWrites, onProgress: Progress) {
  const write = (rows: SkillRow[]): Write[] => [
    db.orm.insert(skills).values(rows).onConflictDoUpdate({ target: skills.uri, set: fromExcluded({ skillType: 'skill_type', ...labelColumns }) }),
    ...index.skills(rows),
  ];
  return upsertConcepts(db, 'skills', await db.orm.select().from(skills), drafts, write, onProgress);
}
