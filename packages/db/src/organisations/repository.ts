import { and, asc, eq, sql } from 'drizzle-orm';
import type { OrganisationInput, VerificationState } from '@solidaria/core';
import { users } from '../accounts/tables';
import type { Database, Write } from '../database';
import { organisationMembers, organisations } from './tables';

export type OrganisationRow = typeof organisations.$inferSelect;

/** Whether the person manages an organisation the municipal office has verified. */
export async function isVerifiedEmployer(db: Database, userId: number): Promise<boolean> {
  const [row] = await db.orm
    .select({ id: organisations.id })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(and(eq(organisationMembers.userId, userId), eq(organisations.verification, 'verified')))
    .limit(1);
  return Boolean(row);
}

/**
 * Registers an organisation with its first member, atomically. The member row finds the
 * new organisation by its (unique, normalised) tax id, since D1 cannot hand back an id in
 * the middle of a batch. Rejects with a UNIQUE error when the tax id is already registered.
 */
export async function createOrganisation(
  db: Database,
  organisation: { input: OrganisationInput; createdBy: number; now: Date; /** Its first member; null for one run by nobody who signs in (demo data). */ member: number | null },
  extra: Write[] = [],
): Promise<OrganisationRow> {
  const { input, createdBy, now, member } = organisation;
  const writes: [Write, ...Write[]] = [db.orm.insert(organisations).values({ ...input, createdBy, createdAt: now })];
  if (member !== null) {
    writes.push(
      db.orm.insert(organisationMembers).select(
        db.orm
          .select({ organisationId: organisations.id, userId: sql<number>`${member}`.as('user_id') })
          .from(organisations)
          .where(eq(organisations.taxId, input.taxId)),
      ),
    );
  }
  await db.atomic([...writes, ...extra]);
  const [row] = await db.orm.select().from(organisations).where(eq(organisations.taxId, input.taxId));
  if (!row) throw new Error('the new organisation was not found after creation');
  return row;
}

export async function findOrganisation(db: Database, id: number): Promise<OrganisationRow | undefined> {
  const [row] = await db.orm.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

export async function findOrganisationByTaxId(db: Database, taxId: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.orm.select().from(organisations).where(eq(organisations.taxId, taxId));
  return row;
}

export async function isOrganisationMember(db: Database, organisationId: number, userId: number): Promise<boolean> {
  const [row] = await db.orm
    .select({ userId: organisationMembers.userId })
    .from(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)));
  return Boolean(row);
}

/** The organisations a person manages, by name. */
export async function organisationsOf(db: Database, userId: number): Promise<OrganisationRow[]> {
  const rows = await db.orm
    .select({ organisation: organisations })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(asc(organisations.name));
  return rows.map((r) => r.organisation);
}

export async function organisationMembersOf(db: Database, organisationId: number): Promise<{ userId: number; displayName: string }[]> {
  return db.orm
    .select({ userId: users.id, displayName: users.displayName })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, organisationId))
    .orderBy(asc(users.displayName));
}

export function addOrganisationMemberWrite(db: Database, organisationId: number, userId: number): Write {
  return db.orm.insert(organisationMembers).values({ organisationId, userId }).onConflictDoNothing();
}

export function updateOrganisationWrite(db: Database, id: number, input: Omit<OrganisationInput, 'taxId' | 'municipalityId'>): Write {
  return db.orm.update(organisations).set(input).where(eq(organisations.id, id));
}

export function setVerificationWrite(
  db: Database,
  id: number,
  decision: { state: VerificationState; reason: string; officerId: number; now: Date },
): Write {
  return db.orm
    .update(organisations)
    .set({ verification: decision.state, verificationReason: decision.reason, verifiedBy: decision.officerId, verifiedAt: decision.now })
    .where(eq(organisations.id, id));
}

/** Organisations waiting for an officer, oldest first, in the given municipalities ('*': all). */
export async function organisationsAwaitingVerification(db: Database, municipalityIds: '*' | readonly number[]): Promise<OrganisationRow[]> {
  const rows = await db.orm.select().from(organisations).where(eq(organisations.verification, 'unverified')).orderBy(asc(organisations.createdAt));
  return municipalityIds === '*' ? rows : rows.filter((r) => municipalityIds.includes(r.municipalityId));
}
