import { and, asc, count, desc, eq, gte, inArray, isNull, max, ne, sql } from 'drizzle-orm';
import type { Offer, OfferInput, OfferStatus } from '@solidaria/core';
import type { Database, Write } from '../database';
import { organisations } from '../organisations/tables';
import { offerEvents, offerReports, offerSkills, offers } from './tables';

type OfferRow = typeof offers.$inferSelect;
type Stored = Pick<Offer, 'currency' | 'status' | 'flags'> & { textFingerprint: string };

function columnsOf(input: OfferInput) {
  const { skills: _skills, salary, ...rest } = input;
  return {
    ...rest,
    salaryMinMinor: salary.kind === 'range' ? salary.minMinor : null,
    salaryMaxMinor: salary.kind === 'range' ? salary.maxMinor : null,
    salaryPeriod: salary.kind === 'range' ? salary.period : null,
  };
}

const skillRows = (offerId: number, input: OfferInput) =>
  [...new Map(input.skills.map((s) => [s.skillId, s])).values()].map((s) => ({ offerId, ...s }));

/** The next free offer id; the insert fails on a UNIQUE error if another took it meanwhile. */
export async function nextOfferId(db: Database): Promise<number> {
  const [row] = await db.orm.select({ id: max(offers.id) }).from(offers);
  return (row?.id ?? 0) + 1;
}

/** The writes that create an offer, its skills and its first event. */
export function createOfferWrites(
  db: Database,
  id: number,
  organisationId: number,
  input: OfferInput,
  stored: Stored,
  actorUserId: number,
  now: Date,
): Write[] {
  const writes: Write[] = [
    db.orm.insert(offers).values({
      id, organisationId, ...columnsOf(input), ...stored,
      createdBy: actorUserId, createdAt: now, updatedAt: now, publishedAt: stored.status === 'published' ? now : null,
    }),
    offerEventWrite(db, id, { fromStatus: null, toStatus: stored.status, actorUserId, reason: null, at: now }),
  ];
  const skills = skillRows(id, input);
  if (skills.length) writes.splice(1, 0, db.orm.insert(offerSkills).values(skills));
  return writes;
}

/** The writes that replace what an offer says (and, when it changes, its state). */
export function updateOfferWrites(db: Database, before: Offer, input: OfferInput, stored: Stored, actorUserId: number, now: Date): Write[] {
  const writes: Write[] = [
    db.orm.update(offers).set({
      ...columnsOf(input), ...stored, updatedAt: now,
      rejectionReason: stored.status === 'rejected' ? before.rejectionReason : null,
      publishedAt: stored.status === 'published' ? (before.publishedAt ?? now) : before.publishedAt,
    }).where(eq(offers.id, before.id)),
    db.orm.delete(offerSkills).where(eq(offerSkills.offerId, before.id)),
  ];
  const skills = skillRows(before.id, input);
  if (skills.length) writes.push(db.orm.insert(offerSkills).values(skills));
  if (stored.status !== before.status) {
    writes.push(offerEventWrite(db, before.id, { fromStatus: before.status, toStatus: stored.status, actorUserId, reason: 'edited', at: now }));
  }
  return writes;
}

export interface StatusChange {
  to: OfferStatus;
  actorUserId: number | null;
  reason: string | null;
  at: Date;
  closeReason?: Offer['closeReason'];
  /** What screening found when this change followed a submission. */
  screening?: { flags: Offer['flags']; textFingerprint: string };
}

/** A change of state, only if the offer is still in `from` (a lost race changes nothing), with its event. */
export function moveOfferWrites(db: Database, offer: Pick<Offer, 'id' | 'status'>, change: StatusChange): Write[] {
  return [
    db.orm.update(offers).set({
      status: change.to,
      updatedAt: change.at,
      ...(change.to === 'published' ? { publishedAt: change.at, hiddenByReports: false } : {}),
      ...(change.to === 'rejected' ? { rejectionReason: change.reason } : {}),
      ...(change.to === 'closed' ? { closeReason: change.closeReason ?? 'by_employer' } : {}),
      ...(change.screening ?? {}),
    }).where(and(eq(offers.id, offer.id), eq(offers.status, offer.status))),
    offerEventWrite(db, offer.id, { fromStatus: offer.status, toStatus: change.to, actorUserId: change.actorUserId, reason: change.reason, at: change.at }),
  ];
}

function offerEventWrite(db: Database, offerId: number, e: Omit<typeof offerEvents.$inferInsert, 'offerId'>): Write {
  return db.orm.insert(offerEvents).values({ offerId, ...e });
}

function toOffer(row: OfferRow, skills: Offer['skills']): Offer {
  const { salaryMinMinor, salaryMaxMinor, salaryPeriod, textFingerprint: _fp, createdBy: _by, ...rest } = row;
  return {
    ...rest,
    skills,
    salary:
      salaryMinMinor !== null && salaryMaxMinor !== null && salaryPeriod !== null
        ? { kind: 'range', minMinor: salaryMinMinor, maxMinor: salaryMaxMinor, period: salaryPeriod }
        : { kind: 'to_agree' },
  };
}

export async function loadOffer(db: Database, id: number): Promise<Offer | null> {
  return (await loadOffers(db, [id]))[0] ?? null;
}

/** Many offers with their skills at once (two queries per 500), in the order asked; missing ones left out. */
export async function loadOffers(db: Database, ids: readonly number[]): Promise<Offer[]> {
  const out: Offer[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = [...new Set(ids.slice(i, i + 500))];
    if (chunk.length === 0) continue;
    const [rows, skills] = await Promise.all([
      db.orm.select().from(offers).where(inArray(offers.id, chunk)),
      db.orm
        .select({ offerId: offerSkills.offerId, skillId: offerSkills.skillId, level: offerSkills.level, required: offerSkills.required })
        .from(offerSkills)
        .where(inArray(offerSkills.offerId, chunk))
        .orderBy(desc(offerSkills.required), asc(offerSkills.skillId)),
    ]);
    const skillsOf = new Map<number, Offer['skills']>();
    for (const { offerId, ...skill } of skills) skillsOf.set(offerId, [...(skillsOf.get(offerId) ?? []), skill]);
    out.push(...rows.map((row) => toOffer(row, skillsOf.get(row.id) ?? [])));
  }
  const byId = new Map(out.map((o) => [o.id, o]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** An organisation's offers, newest first, without their skills. */
export async function listOrganisationOffers(db: Database, organisationId: number): Promise<Offer[]> {
  const rows = await db.orm.select().from(offers).where(eq(offers.organisationId, organisationId)).orderBy(desc(offers.createdAt), desc(offers.id));
  return rows.map((r) => toOffer(r, []));
}

export async function offerHistory(db: Database, offerId: number) {
  return db.orm.select().from(offerEvents).where(eq(offerEvents.offerId, offerId)).orderBy(asc(offerEvents.at), asc(offerEvents.id));
}

export async function countOffersCreatedSince(db: Database, organisationId: number, since: Date): Promise<number> {
  const [row] = await db.orm.select({ n: count() }).from(offers).where(and(eq(offers.organisationId, organisationId), gte(offers.createdAt, since)));
  return row?.n ?? 0;
}

/** How many other organisations have an offer with the same normalised text. */
export async function countOtherOrganisationsWithText(db: Database, fingerprint: string, organisationId: number): Promise<number> {
  const [row] = await db.orm
    .select({ n: sql<number>`count(distinct ${offers.organisationId})` })
    .from(offers)
    .where(and(eq(offers.textFingerprint, fingerprint), ne(offers.organisationId, organisationId)));
  return row?.n ?? 0;
}

/** A report, once per reporter while the offer awaits review; false when this reporter already reported it. */
export function addReportWrite(db: Database, r: { offerId: number; reporterKey: string; reason: (typeof offerReports.$inferInsert)['reason']; details: string; at: Date }): Write {
  return db.orm
    .insert(offerReports)
    .values({ offerId: r.offerId, reporterKey: r.reporterKey, reason: r.reason, details: r.details, createdAt: r.at })
    .onConflictDoNothing();
}

export async function openReports(db: Database, offerId: number) {
  return db.orm
    .select({ id: offerReports.id, reason: offerReports.reason, details: offerReports.details, createdAt: offerReports.createdAt, reporterKey: offerReports.reporterKey })
    .from(offerReports)
    .where(and(eq(offerReports.offerId, offerId), isNull(offerReports.reviewedAt)))
    .orderBy(asc(offerReports.createdAt));
}

export function hideByReportsWrite(db: Database, offerId: number, hidden: boolean): Write {
  return db.orm.update(offers).set({ hiddenByReports: hidden }).where(eq(offers.id, offerId));
}

export function reviewReportsWrite(db: Database, offerId: number, at: Date): Write {
  return db.orm.update(offerReports).set({ reviewedAt: at }).where(and(eq(offerReports.offerId, offerId), isNull(offerReports.reviewedAt)));
}

/** Published offers whose closing date has passed (`today` is YYYY-MM-DD). */
export async function offersPastClosingDate(db: Database, today: string, limit = 500): Promise<Pick<Offer, 'id' | 'status'>[]> {
  return db.orm
    .select({ id: offers.id, status: offers.status })
    .from(offers)
    .where(and(eq(offers.status, 'published'), sql`${offers.closesOn} < ${today}`))
    .limit(limit);
}

/** Whether the organisation that posts an offer is verified. */
export async function organisationVerificationOf(db: Database, organisationId: number): Promise<boolean> {
  const [row] = await db.orm.select({ v: organisations.verification }).from(organisations).where(eq(organisations.id, organisationId));
  return row?.v === 'verified';
}
