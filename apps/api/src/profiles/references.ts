import type { ProfileInput } from '@solidaria/core';
import { findMunicipality, missingTaxonomyIds, type Database } from '@solidaria/db';
import { ApiError, type FieldErrors } from '../errors';

/** Refuses (422) a profile that names a municipality, skill or occupation that does not exist. */
export async function checkProfileReferences(db: Database, input: ProfileInput): Promise<void> {
  const fields: FieldErrors = {};
  if (!(await findMunicipality(db, input.municipalityId))) fields.municipalityId = 'Unknown municipality.';
  const skillIds = input.skills.flatMap((s) => ('skillId' in s ? [s.skillId] : []));
  if ((await missingTaxonomyIds(db, 'skills', skillIds)).length) fields.skills = 'Some skills are not in the taxonomy.';
  const occupationIds = [...input.desiredOccupationIds, ...input.workHistory.flatMap((w) => (w.occupationId ? [w.occupationId] : []))];
  if ((await missingTaxonomyIds(db, 'occupations', occupationIds)).length) fields.desiredOccupationIds = 'Some occupations are not in the taxonomy.';
  if (Object.keys(fields).length) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', fields);
}
