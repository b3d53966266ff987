import type { schema } from '@solidaria/db';
import type { SearchDocument } from '../port';

type OccupationRow = typeof schema.occupations.$inferSelect;
type SkillRow = typeof schema.skills.$inferSelect;

/** An occupation as the search indexes see it; ISCO groups for filtering by level. */
export function occupationDocument(row: OccupationRow): SearchDocument {
  return {
    id: row.id,
    uri: row.uri,
    iscoCode: row.iscoCode,
    iscoMinor: row.iscoCode.slice(0, 3),
    iscoMajor: row.iscoCode.slice(0, 1),
    labelEs: row.labelEs,
    labelEn: row.labelEn,
    altLabelsEs: row.altLabelsEs,
    altLabelsEn: row.altLabelsEn,
  };
}

export function skillDocument(row: SkillRow): SearchDocument {
  return {
    id: row.id,
    uri: row.uri,
    skillType: row.skillType,
    labelEs: row.labelEs,
    labelEn: row.labelEn,
    altLabelsEs: row.altLabelsEs,
    altLabelsEn: row.altLabelsEn,
  };
}
