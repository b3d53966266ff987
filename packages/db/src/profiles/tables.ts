import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ProfileInput, Visibility } from '@solidaria/core';
import { users } from '../accounts/tables';
import { municipalities } from '../municipalities/table';
import { occupations, skills } from '../taxonomy/tables';
import { timestamp } from '../columns';

const owner = () => integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' });

/** A job seeker's profile; its lists live in the tables below, one row per item. */
export const seekerProfiles = sqliteTable('seeker_profiles', {
  userId: integer('user_id').primaryKey().references(() => users.id, { onDelete: 'cascade' }),
  headline: text('headline').notNull(),
  municipalityId: integer('municipality_id').notNull().references(() => municipalities.id),
  birthDate: text('birth_date').notNull(),
  educationLevel: text('education_level').$type<ProfileInput['educationLevel']>(),
  availability: text('availability', { mode: 'json' }).$type<ProfileInput['availability']>().notNull(),
  workAuthorization: text('work_authorization').$type<ProfileInput['workAuthorization']>().notNull(),
  workAuthorizationExpiresOn: text('work_authorization_expires_on'),
  gender: text('gender').$type<ProfileInput['gender']>(),
  nationality: text('nationality'),
  populationGroup: text('population_group').$type<ProfileInput['populationGroup']>(),
  visibility: text('visibility').$type<Visibility>().notNull().default('anonymous'),
  createdAt: timestamp('created_at').notNull(),
  updatedAt: timestamp('updated_at').notNull(),
});

export const profileSkills = sqliteTable(
  'profile_skills',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: owner(),
    skillId: integer('skill_id').references(() => skills.id),
    customLabel: text('custom_label'),
    level: text('level').$type<ProfileInput['skills'][number]['level']>().notNull(),
  },
  (t) => [index('profile_skills_user').on(t.userId), index('profile_skills_skill').on(t.skillId, t.userId)],
);

export const profileLanguages = sqliteTable(
  'profile_languages',
  { userId: owner(), code: text('code').notNull(), level: text('level').$type<ProfileInput['languages'][number]['level']>().notNull() },
  (t) => [primaryKey({ columns: [t.userId, t.code] })],
);

export const profileOccupations = sqliteTable(
  'profile_occupations',
  { userId: owner(), occupationId: integer('occupation_id').notNull().references(() => occupations.id) },
  (t) => [primaryKey({ columns: [t.userId, t.occupationId] }), index('profile_occupations_occupation').on(t.occupationId)],
);

export const workHistory = sqliteTable(
  'work_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: owner(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    occupationId: integer('occupation_id').references(() => occupations.id),
    employer: text('employer').notNull(),
    months: integer('months').notNull(),
    formal: integer('formal', { mode: 'boolean' }).notNull(),
  },
  (t) => [index('work_history_user').on(t.userId)],
);
