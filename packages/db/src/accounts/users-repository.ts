import { and, eq, sql } from 'drizzle-orm';
import { nameKey, type Identifier, type RoleGrant } from '@solidaria/core';
import type { Database, Write } from '../database';
import { sessions, userRoles, users } from './tables';

export type UserRow = typeof users.$inferSelect;

const identifierColumn = (identifier: Identifier) => (identifier.kind === 'email' ? users.email : users.phone);

export async function findUserByIdentifier(db: Database, identifier: Identifier): Promise<UserRow | undefined> {
  const [row] = await db.orm.select().from(users).where(eq(identifierColumn(identifier), identifier.value)).limit(1);
  return row;
}

export async function findUserById(db: Database, id: number): Promise<UserRow | undefined> {
  const [row] = await db.orm.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function listGrants(db: Database, userId: number): Promise<RoleGrant[]> {
  return db.orm
    .select({ role: userRoles.role, municipalityId: userRoles.municipalityId })
    .from(userRoles)
    .where(eq(userRoles.userId, userId))
    .orderBy(userRoles.id);
}

export interface NewUser {
  identifier: Identifier;
  displayName: string;
  language: 'es' | 'en';
  passwordHash: string;
  municipalityId: number | null;
  totpSecret?: string | null;
  grants: readonly RoleGrant[];
  grantedBy?: number | null;
  now: Date;
}

/**
 * Creates a person and their roles in one atomic unit. The roles find the new row by
 * its e-mail or phone, since D1 cannot hand back the id in the middle of a batch.
 * Rejects with a UNIQUE error when the e-mail or phone is taken.
 */
export async function createUser(db: Database, user: NewUser, extra: Write[] = []): Promise<UserRow> {
  const column = identifierColumn(user.identifier);
  const writes: [Write, ...Write[]] = [
    db.orm.insert(users).values({
      email: user.identifier.kind === 'email' ? user.identifier.value : null,
      phone: user.identifier.kind === 'phone' ? user.identifier.value : null,
      displayName: user.displayName,
      nameKey: nameKey(user.displayName),
      language: user.language,
      passwordHash: user.passwordHash,
      municipalityId: user.municipalityId,
      totpSecret: user.totpSecret ?? null,
      createdAt: user.now,
    }),
    ...user.grants.map((grant) =>
      db.orm.insert(userRoles).select(
        db.orm
          .select({
            id: sql<number>`null`.as('id'),
            userId: users.id,
            role: sql<string>`${grant.role}`.as('role'),
            municipalityId: sql<number | null>`${grant.municipalityId}`.as('municipality_id'),
            grantedAt: sql<number>`${user.now.getTime()}`.as('granted_at'),
            grantedBy: sql<number | null>`${user.grantedBy ?? null}`.as('granted_by'),
          })
          .from(users)
          .where(eq(column, user.identifier.value)),
      ),
    ),
    ...extra,
  ];
  await db.atomic(writes);
  const created = await findUserByIdentifier(db, user.identifier);
  if (!created) throw new Error('the new user was not found after creation');
  return created;
}

/** Grants a role; granting one the person already has changes nothing. */
export function grantRoleWrite(db: Database, userId: number, grant: RoleGrant, grantedBy: number, now: Date): Write {
  return db.orm
    .insert(userRoles)
    .values({ userId, role: grant.role, municipalityId: grant.municipalityId, grantedAt: now, grantedBy })
    .onConflictDoNothing();
}

export function revokeRoleWrite(db: Database, userId: number, grant: RoleGrant): Write {
  const municipality =
    grant.municipalityId === null ? sql`${userRoles.municipalityId} IS NULL` : eq(userRoles.municipalityId, grant.municipalityId);
  return db.orm.delete(userRoles).where(and(eq(userRoles.userId, userId), eq(userRoles.role, grant.role), municipality));
}

/** A new password, and every session but `keepSessionId` ends with it. */
export function changePasswordWrites(db: Database, userId: number, passwordHash: string, keepSessionId: number | null): [Write, Write] {
  const others =
    keepSessionId === null
      ? eq(sessions.userId, userId)
      : and(eq(sessions.userId, userId), sql`${sessions.id} <> ${keepSessionId}`);
  return [db.orm.update(users).set({ passwordHash }).where(eq(users.id, userId)), db.orm.delete(sessions).where(others)];
}

/** Records the step of an accepted code (and confirms the authenticator at its first use). */
export function acceptTotpStepWrite(db: Database, userId: number, step: number, now: Date): Write {
  return db.orm
    .update(users)
    .set({ totpLastStep: step, totpConfirmedAt: sql`coalesce(${users.totpConfirmedAt}, ${now.getTime()})` })
    .where(eq(users.id, userId));
}

export function setTotpSecretWrite(db: Database, userId: number, secret: string): Write {
  return db.orm.update(users).set({ totpSecret: secret, totpConfirmedAt: null, totpLastStep: null }).where(eq(users.id, userId));
}

export function disableUserWrite(db: Database, userId: number, now: Date): Write {
  return db.orm.update(users).set({ disabledAt: now }).where(eq(users.id, userId));
}
