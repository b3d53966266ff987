import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database, Write } from '../database';
import { passwordResets } from './tables';

export function createPasswordResetWrite(
  db: Database,
  reset: { userId: number; tokenHash: string; now: Date; expiresAt: Date; issuedBy: number | null },
): Write {
  return db.orm.insert(passwordResets).values({
    userId: reset.userId,
    tokenHash: reset.tokenHash,
    createdAt: reset.now,
    expiresAt: reset.expiresAt,
    issuedBy: reset.issuedBy,
  });
}

/**
 * Marks a reset token used if it is unused and unexpired, in one statement, so two
 * requests racing with the same token cannot both succeed. Returns its user, or null.
 * `check` runs first on a valid token's user and may throw to leave the token unspent
 * (a new password that the policy refuses should not cost the person their link).
 */
export async function consumePasswordReset(
  db: Database,
  tokenHash: string,
  now: Date,
  check: (userId: number) => Promise<void> = async () => {},
): Promise<number | null> {
  const valid = and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now));
  const [pending] = await db.orm.select({ userId: passwordResets.userId }).from(passwordResets).where(valid).limit(1);
  if (!pending) return null;
  await check(pending.userId);
  const [row] = await db.orm
    .update(passwordResets)
    .set({ usedAt: now })
    .where(valid)
    .returning({ userId: passwordResets.userId });
  return row?.userId ?? null;
}
