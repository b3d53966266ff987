import { isPrivileged, type RoleGrant } from './roles';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

/** Officers and admins see many people's records: their sessions end sooner. */
export function sessionLimits(grants: readonly RoleGrant[]): SessionLimits {
  return isPrivileged(grants) ? { idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR } : { idleMs: 14 * DAY, absoluteMs: 30 * DAY };
}

/** How long a password-checked login may wait for its TOTP code. */
export const TOTP_STEP_MS = 5 * MINUTE;

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
}

/** Whether a session may still be used at `now`, under the limits of its holder's roles. */
export function isSessionLive(session: SessionTimes, limits: SessionLimits, now: Date): boolean {
  const t = now.getTime();
  return t - session.lastSeenAt.getTime() < limits.idleMs && t - session.createdAt.getTime() < limits.absoluteMs;
}
