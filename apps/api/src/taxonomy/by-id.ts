import { and, asc, eq, inArray } from 'drizzle-orm';
import { schema, type Database } from '@solidaria/db';

export type TaxonomyKind = 'occupations' | 'skills';
type Lang = 'es' | 'en';

/**
 * Occupations or skills a profile already names, by id, with the label in the language
 * asked: what a page shows for the choices a person made. Unknown ids are left out;
 * the rest keep the order they were asked in.
 */
export async function entriesByIds(db: Database, kind: TaxonomyKind, ids: readonly number[], lang: Lang) {
  if (ids.length === 0) return [];
  const wanted = [...new Set(ids)];
  const rows: { id: number; uri: string; labelEs: string; labelEn: string; iscoCode?: string }[] =
    kind === 'occupations'
      ? await db.orm
          .select({ id: schema.occupations.id, uri: schema.occupations.uri, labelEs: schema.occupations.labelEs, labelEn: schema.occupations.labelEn, iscoCode: schema.occupations.iscoCode })
          .from(schema.occupations)
          .where(inArray(schema.occupations.id, wanted))
      : await db.orm
          .select({ id: schema.skills.id, uri: schema.skills.uri, labelEs: schema.skills.labelEs, labelEn: schema.skills.labelEn })
          .from(schema.skills)
          .where(inArray(schema.skills.id, wanted));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return wanted.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const label = lang === 'es' ? row.labelEs : row.labelEn;
    return [{ id, uri: row.uri, ...(row.iscoCode ? { iscoCode: row.iscoCode } : {}), label, matchedLabel: label }];
  });
}

/** An occupation's label and its essential skills (ESCO's relation), by label; null when there is no such occupation. */
export async function essentialSkillsOf(db: Database, occupationId: number, lang: Lang) {
  const [occupation] = await db.orm
    .select({ id: schema.occupations.id, labelEs: schema.occupations.labelEs, labelEn: schema.occupations.labelEn })
    .from(schema.occupations)
    .where(eq(schema.occupations.id, occupationId));
  if (!occupation) return null;
  const label = lang === 'es' ? schema.skills.labelEs : schema.skills.labelEn;
  const skills = await db.orm
    .select({ id: schema.skills.id, label })
    .from(schema.occupationSkills)
    .innerJoin(schema.skills, eq(schema.skills.id, schema.occupationSkills.skillId))
    .where(and(eq(schema.occupationSkills.occupationId, occupationId), eq(schema.occupationSkills.relation, 'essential')))
    .orderBy(asc(label));
  return { occupation: { id: occupation.id, label: lang === 'es' ? occupation.labelEs : occupation.labelEn }, skills };
}
