import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { CloseReason, ContractType, CurrencyCode, FlagCode, OfferInput, OfferStatus, ReportReason, SalaryPeriod } from '@solidaria/core';
import { users } from '../accounts/tables';
import { municipalities } from '../municipalities/table';
import { organisations } from '../organisations/tables';
import { occupations, skills } from '../taxonomy/tables';
import { timestamp, bool } from '../columns';

/** A job offer; its skills are rows of their own so matching can go from a skill to offers. */
export const offers = sqliteTable(
  'offers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    municipalityId: integer('municipality_id').notNull().references(() => municipalities.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    occupationId: integer('occupation_id').references(() => occupations.id),
    remote: bool('remote').notNull(),
    workAbroad: bool('work_abroad').notNull(),
    contractType: text('contract_type').$type<ContractType>().notNull(),
    workingTime: text('working_time').$type<OfferInput['workingTime']>().notNull(),
    days: text('days', { mode: 'json' }).$type<OfferInput['days']>().notNull(),
    shifts: text('shifts', { mode: 'json' }).$type<OfferInput['shifts']>().notNull(),
    /** Null when the pay is "to agree". Integers in the currency's minor unit. */
    salaryMinMinor: integer('salary_min_minor'),
    salaryMaxMinor: integer('salary_max_minor'),
    salaryPeriod: text('salary_period').$type<SalaryPeriod>(),
    currency: text('currency').$type<CurrencyCode>().notNull(),
    vacancies: integer('vacancies').notNull(),
    acceptedAuthorizations: text('accepted_authorizations', { mode: 'json' }).$type<OfferInput['acceptedAuthorizations']>().notNull(),
    suitableForAdolescents: bool('suitable_for_adolescents').notNull(),
    languages: text('languages', { mode: 'json' }).$type<OfferInput['languages']>().notNull(),
    howToApply: text('how_to_apply').notNull(),
    closesOn: text('closes_on').notNull(),
    status: text('status').$type<OfferStatus>().notNull(),
    closeReason: text('close_reason').$type<CloseReason>(),
    rejectionReason: text('rejection_reason'),
    /** The review flags the last submission raised, for the officer. */
    flags: text('flags', { mode: 'json' }).$type<{ code: FlagCode; field?: string; reason: { es: string; en: string } }[]>().notNull(),
    /** Normalised description's fingerprint: the same text from several organisations is a flag. */
    textFingerprint: text('text_fingerprint').notNull(),
    /** Hidden from the public by reports until an officer reviews it. */
    hiddenByReports: bool('hidden_by_reports').notNull().default(false),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
    publishedAt: timestamp('published_at'),
  },
  (t) => [
    index('offers_organisation').on(t.organisationId, t.createdAt),
    index('offers_status').on(t.status, t.municipalityId),
    index('offers_published').on(t.status, t.publishedAt),
    index('offers_fingerprint').on(t.textFingerprint),
    index('offers_occupation').on(t.occupationId),
  ],
);

export const offerSkills = sqliteTable(
  'offer_skills',
  {
    offerId: integer('offer_id').notNull().references(() => offers.id, { onDelete: 'cascade' }),
    skillId: integer('skill_id').notNull().references(() => skills.id),
    level: text('level').$type<OfferInput['skills'][number]['level']>().notNull(),
    required: bool('required').notNull(),
  },
  (t) => [uniqueIndex('offer_skills_pk').on(t.offerId, t.skillId), index('offer_skills_skill').on(t.skillId)],
);

/** Every change of an offer's state: who, when, from what to what, and why. */
export const offerEvents = sqliteTable(
  'offer_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    offerId: integer('offer_id').notNull().references(() => offers.id, { onDelete: 'cascade' }),
    at: timestamp('at').notNull(),
    actorUserId: integer('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    fromStatus: text('from_status').$type<OfferStatus>(),
    toStatus: text('to_status').$type<OfferStatus>().notNull(),
    reason: text('reason'),
  },
  (t) => [index('offer_events_offer').on(t.offerId, t.at)],
);

/** Reports of an offer. A reporter is an account or, signed out, a keyed hash of the address. */
export const offerReports = sqliteTable(
  'offer_reports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    offerId: integer('offer_id').notNull().references(() => offers.id, { onDelete: 'cascade' }),
    reporterKey: text('reporter_key').notNull(),
    reason: text('reason').$type<ReportReason>().notNull(),
    details: text('details').notNull(),
    createdAt: timestamp('created_at').notNull(),
    /** Set when an officer reviews the offer; reviewed reports no longer count. */
    reviewedAt: timestamp('reviewed_at'),
  },
  (t) => [uniqueIndex('offer_reports_once').on(t.offerId, t.reporterKey).where(sql`reviewed_at is null`), index('offer_reports_open').on(t.offerId, t.reviewedAt)],
);
