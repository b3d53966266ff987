import { and, desc, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { ApplicationState, ContactRequestState } from '@solidaria/core';
import { users } from '../accounts/tables';
import type { Database, Write } from '../database';
import { offers } from '../offers/tables';
import { organisations } from '../organisations/tables';
import { applicationEvents, applications, candidateExposures, contactRequests, jobRuns, placements } from './tables';

export type ApplicationRow = typeof applications.$inferSelect;
export type ContactRequestRow = typeof contactRequests.$inferSelect;

/**
 * An application and its first event, atomically. The event finds the new row by its
 * offer and person (unique), since D1 cannot hand back an id in the middle of a batch.
 * Rejects with a UNIQUE error when the person already applied.
 */
export function createApplicationWrites(
  db: Database,
  a: { offerId: number; userId: number; note: string; shareContact: boolean; score: number | null; now: Date },
): Write[] {
  return [
    db.orm.insert(applications).values({ offerId: a.offerId, userId: a.userId, state: 'applied', note: a.note, shareContact: a.shareContact, score: a.score, createdAt: a.now, updatedAt: a.now }),
    db.orm.insert(applicationEvents).select(
      db.orm
        .select({
          id: sql<number>`null`.as('id'),
          applicationId: applications.id,
          at: sql<number>`${a.now.getTime()}`.as('at'),
          actorUserId: sql<number>`${a.userId}`.as('actor_user_id'),
          fromState: sql<null>`null`.as('from_state'),
          toState: sql<string>`'applied'`.as('to_state'),
        })
        .from(applications)
        .where(and(eq(applications.offerId, a.offerId), eq(applications.userId, a.userId))),
    ),
  ];
}

export async function findApplication(db: Database, id: number): Promise<ApplicationRow | undefined> {
  const [row] = await db.orm.select().from(applications).where(eq(applications.id, id));
  return row;
}

export async function findApplicationOf(db: Database, offerId: number, userId: number): Promise<ApplicationRow | undefined> {
  const [row] = await db.orm.select().from(applications).where(and(eq(applications.offerId, offerId), eq(applications.userId, userId)));
  return row;
}

/** A move, only if the application is still where it was (a lost race changes nothing), with its event. */
export function moveApplicationWrites(db: Database, application: Pick<ApplicationRow, 'id' | 'state'>, to: ApplicationState, actorUserId: number, now: Date): Write[] {
  return [
    db.orm.update(applications).set({ state: to, updatedAt: now }).where(and(eq(applications.id, application.id), eq(applications.state, application.state))),
    db.orm.insert(applicationEvents).values({ applicationId: application.id, at: now, actorUserId, fromState: application.state, toState: to }),
  ];
}

export function setApplicationContactWrite(db: Database, id: number, shareContact: boolean, now: Date): Write {
  return db.orm.update(applications).set({ shareContact, updatedAt: now }).where(eq(applications.id, id));
}

export async function applicationHistory(db: Database, applicationIds: readonly number[]) {
  if (applicationIds.length === 0) return [];
  return db.orm.select().from(applicationEvents).where(inArray(applicationEvents.applicationId, [...applicationIds])).orderBy(applicationEvents.at, applicationEvents.id);
}

/** A person's applications, newest first, with the offer's title and organisation. */
export async function applicationsOfUser(db: Database, userId: number) {
  return db.orm
    .select({ application: applications, offer: { id: offers.id, title: offers.title, status: offers.status }, organisation: { id: organisations.id, name: organisations.name } })
    .from(applications)
    .innerJoin(offers, eq(offers.id, applications.offerId))
    .innerJoin(organisations, eq(organisations.id, offers.organisationId))
    .where(eq(applications.userId, userId))
    .orderBy(desc(applications.createdAt), desc(applications.id));
}

/** An offer's applications, for its pipeline: best score first within each state. */
export async function applicationsOfOffer(db: Database, offerId: number) {
  return db.orm.select().from(applications).where(eq(applications.offerId, offerId)).orderBy(desc(applications.score), applications.createdAt);
}

/**
 * Whether a person has let an organisation see their name and contact: by applying to one
 * of its offers with their contact shared (and not taking it back), or by accepting its
 * contact request.
 */
export async function contactSharedWith(db: Database, organisationId: number, userId: number): Promise<boolean> {
  const [applied] = await db.orm
    .select({ id: applications.id })
    .from(applications)
    .innerJoin(offers, eq(offers.id, applications.offerId))
    .where(and(eq(offers.organisationId, organisationId), eq(applications.userId, userId), eq(applications.shareContact, true), ne(applications.state, 'withdrawn')))
    .limit(1);
  if (applied) return true;
  const [accepted] = await db.orm
    .select({ id: contactRequests.id })
    .from(contactRequests)
    .where(and(eq(contactRequests.organisationId, organisationId), eq(contactRequests.userId, userId), eq(contactRequests.state, 'accepted')))
    .limit(1);
  return Boolean(accepted);
}

/** The people among `userIds` who shared their contact with the organisation, in two queries. */
export async function sharedContactsAmong(db: Database, organisationId: number, userIds: readonly number[]): Promise<Set<number>> {
  if (userIds.length === 0) return new Set();
  const ids = [...userIds].slice(0, 500);
  const [applied, accepted] = await Promise.all([
    db.orm
      .select({ userId: applications.userId })
      .from(applications)
      .innerJoin(offers, eq(offers.id, applications.offerId))
      .where(and(eq(offers.organisationId, organisationId), inArray(applications.userId, ids), eq(applications.shareContact, true), ne(applications.state, 'withdrawn'))),
    db.orm
      .select({ userId: contactRequests.userId })
      .from(contactRequests)
      .where(and(eq(contactRequests.organisationId, organisationId), inArray(contactRequests.userId, ids), eq(contactRequests.state, 'accepted'))),
  ]);
  return new Set([...applied, ...accepted].flatMap((r) => (r.userId === null ? [] : [r.userId])));
}

/** The e-mail and phone a person shared, with their name. */
export async function contactOf(db: Database, userId: number) {
  const [row] = await db.orm.select({ displayName: users.displayName, email: users.email, phone: users.phone }).from(users).where(eq(users.id, userId));
  return row;
}

export function createContactRequestWrite(db: Database, r: { organisationId: number; userId: number; offerId: number | null; requestedBy: number; message: string; now: Date }): Write {
  return db.orm.insert(contactRequests).values({ ...r, state: 'pending', createdAt: r.now });
}

export async function findContactRequest(db: Database, id: number): Promise<ContactRequestRow | undefined> {
  const [row] = await db.orm.select().from(contactRequests).where(eq(contactRequests.id, id));
  return row;
}

export async function openContactRequest(db: Database, organisationId: number, userId: number): Promise<ContactRequestRow | undefined> {
  const [row] = await db.orm
    .select()
    .from(contactRequests)
    .where(and(eq(contactRequests.organisationId, organisationId), eq(contactRequests.userId, userId), inArray(contactRequests.state, ['pending', 'accepted'])));
  return row;
}

export function answerContactRequestWrite(db: Database, request: Pick<ContactRequestRow, 'id' | 'state'>, to: ContactRequestState, now: Date): Write {
  return db.orm.update(contactRequests).set({ state: to, answeredAt: now }).where(and(eq(contactRequests.id, request.id), eq(contactRequests.state, request.state)));
}

/** A person's contact requests, newest first, with the organisation's name and the offer's title. */
export async function contactRequestsOfUser(db: Database, userId: number) {
  return db.orm
    .select({ request: contactRequests, organisation: { id: organisations.id, name: organisations.name }, offerTitle: offers.title })
    .from(contactRequests)
    .innerJoin(organisations, eq(organisations.id, contactRequests.organisationId))
    .leftJoin(offers, eq(offers.id, contactRequests.offerId))
    .where(eq(contactRequests.userId, userId))
    .orderBy(desc(contactRequests.createdAt));
}

export type NewPlacement = Omit<typeof placements.$inferInsert, 'id'>;

export function createPlacementWrite(db: Database, placement: NewPlacement): Write {
  return db.orm.insert(placements).values(placement);
}

export async function placementsOfUser(db: Database, userId: number) {
  return db.orm.select().from(placements).where(eq(placements.userId, userId));
}

/** Records who an offer's top candidates were; showing them again changes nothing. */
export function recordExposuresWrite(db: Database, offerId: number, occupationId: number | null, userIds: readonly number[], now: Date): Write | null {
  if (userIds.length === 0) return null;
  return db.orm.insert(candidateExposures).values(userIds.map((userId) => ({ userId, offerId, occupationId, at: now }))).onConflictDoNothing();
}

/** In how many other offers' top lists of this occupation each person appeared since `since`. */
export async function exposureCounts(db: Database, occupationId: number | null, offerId: number, since: Date, userIds: readonly number[]): Promise<Map<number, number>> {
  if (occupationId === null || userIds.length === 0) return new Map();
  const rows = await db.orm
    .select({ userId: candidateExposures.userId, n: sql<number>`count(*)` })
    .from(candidateExposures)
    .where(and(eq(candidateExposures.occupationId, occupationId), ne(candidateExposures.offerId, offerId), gte(candidateExposures.at, since), inArray(candidateExposures.userId, [...userIds].slice(0, 900))))
    .groupBy(candidateExposures.userId);
  return new Map(rows.map((r) => [r.userId, r.n]));
}

export async function lastRunOf(db: Database, name: string): Promise<Date | null> {
  const [row] = await db.orm.select().from(jobRuns).where(eq(jobRuns.name, name));
  return row?.lastRunAt ?? null;
}

export function ranWrite(db: Database, name: string, at: Date): Write {
  return db.orm.insert(jobRuns).values({ name, lastRunAt: at }).onConflictDoUpdate({ target: jobRuns.name, set: { lastRunAt: at } });
}

/** Offers published since `since` that anyone may see today. */
export async function offersPublishedSince(db: Database, since: Date, today: string): Promise<number[]> {
  const rows = await db.orm
    .select({ id: offers.id })
    .from(offers)
    .innerJoin(organisations, eq(organisations.id, offers.organisationId))
    .where(and(eq(offers.status, 'published'), eq(offers.hiddenByReports, false), gte(offers.publishedAt, since), gte(offers.closesOn, today), eq(organisations.verification, 'verified')));
  return rows.map((r) => r.id);
}

/** The contact requests an organisation sent, newest first: who was asked, and the answer. */
export async function contactRequestsOfOrganisation(db: Database, organisationId: number) {
  return db.orm
    .select({ id: contactRequests.id, userId: contactRequests.userId, offerId: contactRequests.offerId, state: contactRequests.state, createdAt: contactRequests.createdAt })
    .from(contactRequests)
    .where(eq(contactRequests.organisationId, organisationId))
    .orderBy(desc(contactRequests.createdAt));
}
