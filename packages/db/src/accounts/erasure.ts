import { eq, inArray } from 'drizzle-orm';
import type { Database, Write } from '../database';
import { applications } from '../applications/tables';
import { outbox } from '../outbox/table';
import { rateLimits } from '../rate-limits/table';
import { passwordResets, userRoles, users } from './tables';

/**
 * Erases a person: their row, and with it (by cascade) sessions, roles, profile, lists,
 * consents, contact requests and reset tokens; their applications' notes; the e-mail waiting for them; the throttling counters keyed
 * by their e-mail or phone. Records others keep of their acts lose the link to them.
 */
export function eraseUserWrites(db: Database, user: { id: number; email: string | null; phone: string | null }): Write[] {
  const identifiers = [user.email, user.phone].filter((v): v is string => Boolean(v));
  const keys = identifiers.flatMap((id) => [`login:${id}`, `reset:${id}`]);
  return [
    db.orm.update(userRoles).set({ grantedBy: null }).where(eq(userRoles.grantedBy, user.id)),
    db.orm.update(passwordResets).set({ issuedBy: null }).where(eq(passwordResets.issuedBy, user.id)),
    // Applications stay counted, without the person: their note goes now, the link with the row.
    db.orm.update(applications).set({ note: '', shareContact: false }).where(eq(applications.userId, user.id)),
    ...(keys.length ? [db.orm.delete(rateLimits).where(inArray(rateLimits.key, [...keys, `totp:${user.id}`]))] : []),
    ...(user.email ? [db.orm.delete(outbox).where(eq(outbox.recipient, user.email))] : []),
    db.orm.delete(users).where(eq(users.id, user.id)),
  ];
}
