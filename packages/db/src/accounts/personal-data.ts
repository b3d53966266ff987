import { and, asc, eq } from 'drizzle-orm';
import { auditLog } from '../audit/table';
import { consents } from '../consents/table';
import type { Database } from '../database';
import { organisationMembers, organisations } from '../organisations/tables';
import { outbox } from '../outbox/table';
import { loadProfile } from '../profiles/repository';
import { passwordResets, sessions, userRoles, users } from './tables';

/**
 * Everything Solidaria holds about a person, for "download my data". The password hash
 * is left out on purpose: it is not information about the person, and a copy of it in
 * a downloaded file could only help someone guess the password.
 */
export async function personalData(db: Database, userId: number) {
  const [user] = await db.orm.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  const { passwordHash: _hash, totpSecret, ...account } = user;
  return {
    account: { ...account, hasPassword: true, hasAuthenticator: Boolean(totpSecret) },
    roles: await db.orm.select({ role: userRoles.role, municipalityId: userRoles.municipalityId, grantedAt: userRoles.grantedAt }).from(userRoles).where(eq(userRoles.userId, userId)),
    profile: await loadProfile(db, userId),
    consents: await db.orm.select().from(consents).where(eq(consents.userId, userId)).orderBy(asc(consents.id)),
    sessions: await db.orm.select({ createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, userAgent: sessions.userAgent }).from(sessions).where(eq(sessions.userId, userId)),
    passwordResets: await db.orm.select({ createdAt: passwordResets.createdAt, usedAt: passwordResets.usedAt, inPerson: passwordResets.issuedBy }).from(passwordResets).where(eq(passwordResets.userId, userId)),
    organisations: await db.orm.select({ id: organisations.id, name: organisations.name }).from(organisationMembers).innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId)).where(eq(organisationMembers.userId, userId)),
    emails: user.email ? await db.orm.select({ subject: outbox.subject, createdAt: outbox.createdAt, sentAt: outbox.sentAt }).from(outbox).where(eq(outbox.recipient, user.email)) : [],
    recordOfAccess: await db.orm.select({ at: auditLog.at, action: auditLog.action, byUser: auditLog.actorUserId }).from(auditLog).where(and(eq(auditLog.subjectType, 'user'), eq(auditLog.subjectId, String(userId)))).orderBy(asc(auditLog.id)),
  };
}
