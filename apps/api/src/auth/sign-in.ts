import { isPrivileged, sessionLimits, TOTP_STEP_MS, type RoleGrant } from '@solidaria/core';
import { auditWrite, createSessionWrite, type Write } from '@solidaria/db';
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import type { Services } from '../services';
import { writeSessionCookie } from './session-cookie';
import { newToken, tokenHash } from './tokens';

/**
 * Opens a new session (a new token at every login, so a cookie planted before cannot
 * ride along) and sets its cookie. `totpPending` sessions only allow the TOTP step.
 */
export async function openSession(
  c: Context<AppEnv>,
  { db, clock }: Services,
  user: { id: number; grants: readonly RoleGrant[] },
  totpPending: boolean,
  alsoWrite: Write[] = [],
): Promise<void> {
  const token = newToken();
  const now = clock.now();
  await db.atomic([
    createSessionWrite(db, {
      userId: user.id,
      tokenHash: await tokenHash(token),
      totpPending,
      userAgent: c.req.header('user-agent') ?? null,
      now,
    }),
    ...(totpPending
      ? []
      : [auditWrite(db, { at: now, actorUserId: user.id, action: 'login.succeeded', subjectType: 'user', subjectId: user.id, requestId: c.get('requestId') })]),
    ...alsoWrite,
  ]);
  const limits = sessionLimits(user.grants);
  writeSessionCookie(c, token, Math.floor((totpPending ? TOTP_STEP_MS : limits.absoluteMs) / 1000));
}

export const needsTotp = (grants: readonly RoleGrant[]) => isPrivileged(grants);
