import { inArray } from 'drizzle-orm';
import type { ProfileInput } from '@solidaria/core';
import { schema, type Database } from '@solidaria/db';
import { ApiError, type FieldErrors } from '../errors';

const missing = async (db: Database, table: typeof schema.skills | typeof schema.occupations, ids: number[]) => {
  if (ids.length === 0) return [];
  const found = new Set((await db.orm.select({ id: table.id }).from(table).where(inArray(table.id, ids))).map((r) => r.id));
  return ids.filter((id) => !found.has(id));
};

/** Refuses (422) a profile that names a municipality, skill or occupation that does not exist. */
export async function checkProfileReferences(db: Database, input: ProfileInput): Promise<void> {
  const fields: FieldErrors = {};
  const [municipality] = await db.orm.select({ id: schema.municipalities.id }).from(schema.municipalities).where(inArray(schema.municipalities.id, [input.municipalityId]));
  if (!municipality) fields.municipalityId = 'Unknown municipality.';
  const skillIds = input.skills.flatMap((s) => ('skillId' in s ? [s.skillId] : []));
  if ((await missing(db, schema.skills, skillIds)).length) fields.skills = 'Some skills are not in the taxonomy.';
  const occupationIds = [...input.desiredOccupationIds, ...input.workHistory.flatMap((w) => (w.occupationId ? [w.occupationId] : []))];
  if ((await missing(db, schema.occupations, occupationIds)).length) fields.desiredOccupationIds = 'Some occupations are not in the taxonomy.';
  if (Object.keys(fields).length) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', fields);
}
