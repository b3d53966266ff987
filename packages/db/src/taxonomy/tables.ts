import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** ISCO-08 groups: 1 digit (major) to 4 digits (unit group). */
export const iscoGroups = sqliteTable('isco_groups', {
  code: text('code').primaryKey(),
  labelEs: text('label_es').notNull(),
  labelEn: text('label_en').notNull(),
});

/**
 * Occupations: ESCO's (uri = its concept URI) and a few of our own for work ESCO does
 * not name (uri = urn:solidaria:occupation:<slug>). Alternative labels are JSON arrays;
 * Spanish ones include both gendered forms of a "cocinero/cocinera" label.
 */
export const occupations = sqliteTable(
  'occupations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uri: text('uri').notNull().unique(),
    iscoCode: text('isco_code').notNull(),
    labelEs: text('label_es').notNull(),
    labelEn: text('label_en').notNull(),
    altLabelsEs: text('alt_labels_es', { mode: 'json' }).$type<string[]>().notNull(),
    altLabelsEn: text('alt_labels_en', { mode: 'json' }).$type<string[]>().notNull(),
  },
  (t) => [index('occupations_isco').on(t.iscoCode)],
);

export const skills = sqliteTable('skills', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  uri: text('uri').notNull().unique(),
  skillType: text('skill_type', { enum: ['skill/competence', 'knowledge'] }).notNull(),
  labelEs: text('label_es').notNull(),
  labelEn: text('label_en').notNull(),
  altLabelsEs: text('alt_labels_es', { mode: 'json' }).$type<string[]>().notNull(),
  altLabelsEn: text('alt_labels_en', { mode: 'json' }).$type<string[]>().notNull(),
});

export const occupationSkills = sqliteTable(
  'occupation_skills',
  {
    occupationId: integer('occupation_id').notNull().references(() => occupations.id, { onDelete: 'cascade' }),
    skillId: integer('skill_id').notNull().references(() => skills.id, { onDelete: 'cascade' }),
    relation: text('relation', { enum: ['essential', 'optional'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.occupationId, t.skillId] }), index('occupation_skills_skill').on(t.skillId)],
);
