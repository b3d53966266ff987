import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ApplicationState, ContactRequestState } from '@solidaria/core';
import { users } from '../accounts/tables';
import { municipalities } from '../municipalities/table';
import { offers } from '../offers/tables';
import { organisations } from '../organisations/tables';
import { occupations } from '../taxonomy/tables';
import { timestamp, bool } from '../columns';

/**
 * A person's application to an offer. When the person erases their account the row
 * stays for the counts, without them: user and note are cleared.
 */
export const applications = sqliteTable(
  'applications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    offerId: integer('offer_id').notNull().references(() => offers.id, { onDelete: 'cascade' }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    state: text('state').$type<ApplicationState>().notNull(),
    note: text('note').notNull(),
    /** The person lets this offer's organisation see their name and contact; they may take it back. */
    shareContact: bool('share_contact').notNull(),
    score: integer('score'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [uniqueIndex('applications_once').on(t.offerId, t.userId), index('applications_user').on(t.userId), index('applications_offer').on(t.offerId, t.state)],
);

export const applicationEvents = sqliteTable(
  'application_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    applicationId: integer('application_id').notNull().references(() => applications.id, { onDelete: 'cascade' }),
    at: timestamp('at').notNull(),
    actorUserId: integer('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    fromState: text('from_state').$type<ApplicationState>(),
    toState: text('to_state').$type<ApplicationState>().notNull(),
  },
  (t) => [index('application_events_application').on(t.applicationId, t.at)],
);

/** A verified employer asks an anonymous candidate for their contact; the person answers. */
export const contactRequests = sqliteTable(
  'contact_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: integer('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    offerId: integer('offer_id').references(() => offers.id, { onDelete: 'set null' }),
    requestedBy: integer('requested_by').references(() => users.id, { onDelete: 'set null' }),
    message: text('message').notNull(),
    state: text('state').$type<ContactRequestState>().notNull(),
    createdAt: timestamp('created_at').notNull(),
    answeredAt: timestamp('answered_at'),
  },
  (t) => [
    uniqueIndex('contact_requests_open').on(t.organisationId, t.userId).where(sql`state in ('pending', 'accepted')`),
    index('contact_requests_user').on(t.userId, t.state),
  ],
);

/**
 * A person hired: through an application, or recorded by the office for work found
 * elsewhere. The person's figures (gender, age band, nationality, group) are copied at
 * the time, so the count survives their erasure without naming them.
 */
export const placements = sqliteTable(
  'placements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    applicationId: integer('application_id').references(() => applications.id, { onDelete: 'set null' }),
    organisationId: integer('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    employerName: text('employer_name').notNull(),
    occupationId: integer('occupation_id').references(() => occupations.id),
    municipalityId: integer('municipality_id').notNull().references(() => municipalities.id),
    startsOn: text('starts_on').notNull(),
    source: text('source').$type<'platform' | 'office'>().notNull(),
    gender: text('gender'),
    ageBand: text('age_band'),
    nationality: text('nationality'),
    populationGroup: text('population_group'),
    recordedBy: integer('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [index('placements_municipality').on(t.municipalityId, t.startsOn), index('placements_user').on(t.userId)],
);

/** Who was shown in an offer's top candidates, so the same people are not sent to every employer. */
export const candidateExposures = sqliteTable(
  'candidate_exposures',
  {
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    offerId: integer('offer_id').notNull().references(() => offers.id, { onDelete: 'cascade' }),
    occupationId: integer('occupation_id'),
    at: timestamp('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.offerId] }), index('candidate_exposures_occupation').on(t.occupationId, t.at)],
);

/** When a periodic job last ran, so a restart does not send a daily digest twice. */
export const jobRuns = sqliteTable('job_runs', {
  name: text('name').primaryKey(),
  lastRunAt: timestamp('last_run_at').notNull(),
});
