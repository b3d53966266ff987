import { sql } from 'drizzle-orm';
import { join } from 'node:path';
import type { Database } from '../../database';
import { iscoGroups } from '../tables';
import { readIscoGroups, readOccupations, readSkills } from './concepts';
import { ESCO_FILES, EscoImportError, missingEscoFiles, RELATIONS_MEMBER } from './csv-source';
import { readRelations, upsertRelations } from './relations';
import { upsertOccupations, upsertSkills, BATCH, type TaxonomyIndexWrites } from './upsert-concepts';

export type EscoImportStep = 'iscoGroups' | 'occupations' | 'skills' | 'relations';

/** The files each step reads, for progress bars and messages. */
export const STEP_SOURCES: Record<EscoImportStep, string> = {
  iscoGroups: `${ESCO_FILES.iscoEs}, ${ESCO_FILES.iscoEn}`,
  occupations: `${ESCO_FILES.occupationsEs}, ${ESCO_FILES.occupationsEn}`,
  skills: `${ESCO_FILES.skillsEs}, ${ESCO_FILES.skillsEn}`,
  relations: `${ESCO_FILES.relationsZip} › ${RELATIONS_MEMBER}`,
};

export interface EscoImportOptions {
  db: Database;
  /** A folder in the layout of an ESCO download (see ../shared/esco/README.md). */
  folder: string;
  /** Index writes for the rows of each batch, e.g. engine.upsertWrites('occupations', rows.map(occupationDocument)). */
  index: TaxonomyIndexWrites;
  onProgress?: (step: EscoImportStep, done: number, total: number) => void;
}

export interface EscoImportSummary {
  /** Concepts in the files (the same on every run). */
  iscoGroups: number;
  occupations: number;
  skills: number;
  /** Occupation–skill relations whose two ends are known. */
  relations: number;
  /** Relations skipped because their occupation or skill is not in the label files. */
  skippedRelations: number;
  /** Rows inserted or updated by this run: nothing on a repeat import. */
  changed: { iscoGroups: number; occupations: number; skills: number; relations: number };
  ms: number;
}

/**
 * Imports ISCO-08 groups, occupations, skills and their relations from the ESCO CSV files,
 * idempotently: rows are matched by code or URI, and a second run changes nothing.
 * Occupations and skills go to the search index in the same atomic units as their rows.
 */
export async function importEsco({ db, folder, index, onProgress = () => {} }: EscoImportOptions): Promise<EscoImportSummary> {
  const started = performance.now();
  const missing = missingEscoFiles(folder);
  if (missing.length > 0) throw new EscoImportError(`${folder} lacks ${missing.join(', ')}`);

  const groups = await readIscoGroups(folder);
  const before = new Map((await db.orm.select().from(iscoGroups)).map((g) => [g.code, g]));
  const changedGroups = groups.filter((g) => {
    const old = before.get(g.code);
    return old?.labelEs !== g.labelEs || old.labelEn !== g.labelEn;
  });
  for (let start = 0; start < changedGroups.length; start += BATCH) {
    await db.atomic([
      db.orm
        .insert(iscoGroups)
        .values(changedGroups.slice(start, start + BATCH))
        .onConflictDoUpdate({ target: iscoGroups.code, set: { labelEs: sql.raw('excluded.label_es'), labelEn: sql.raw('excluded.label_en') } }),
    ]);
  }
  onProgress('iscoGroups', groups.length, groups.length);

  const occupationDrafts = await readOccupations(folder);
  const occupations = await upsertOccupations(db, occupationDrafts, index, (done, total) => onProgress('occupations', done, total));
  const skillDrafts = await readSkills(folder);
  const skills = await upsertSkills(db, skillDrafts, index, (done, total) => onProgress('skills', done, total));
  const relations = await upsertRelations(
    db,
    readRelations(join(folder, ESCO_FILES.relationsZip), RELATIONS_MEMBER),
    occupations.ids,
    skills.ids,
    (done, total) => onProgress('relations', done, total),
  );

  return {
    iscoGroups: groups.length,
    occupations: occupationDrafts.length,
    skills: skillDrafts.length,
    relations: relations.relations,
    skippedRelations: relations.skipped,
    changed: { iscoGroups: changedGroups.length, occupations: occupations.changed, skills: skills.changed, relations: relations.changed },
    ms: Math.round(performance.now() - started),
  };
}
