import { describe, expect, it } from 'vitest';
import type { RoleGrant } from './roles';
import { isSessionLive, sessionLimits, type SessionLimits } from './sessions';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const officer: RoleGrant[] = [{ role: 'officer', municipalityId: 1 }];
const admin: RoleGrant[] = [{ role: 'admin', municipalityId: null }];
const seeker: RoleGrant[] = [{ role: 'seeker', municipalityId: null }];
const employer: RoleGrant[] = [{ role: 'employer', municipalityId: null }];

const start = new Date('2025-03-01T08:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);

/** Whether a session opened at `start` and last used `idleMs` before `now` is still live. */
const liveAfter = (limits: SessionLimits, elapsedMs: number, idleMs: number) =>
  isSessionLive({ createdAt: start, lastSeenAt: at(elapsedMs - idleMs) }, limits, at(elapsedMs));

describe('how long a signed-in session lasts', () => {
  it('gives officers and admins 30 minutes idle and 12 hours in all', () => {
    expect(sessionLimits(officer)).toEqual({ idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR });
    expect(sessionLimits(admin)).toEqual({ idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR });
  });

  it('gives seekers, employers and vendors 14 days idle and 30 days in all', () => {
    for (const grants of [seeker, employer, [{ role: 'vendor', municipalityId: null }] satisfies RoleGrant[], []]) {
      expect(sessionLimits(grants)).toEqual({ idleMs: 14 * DAY, absoluteMs: 30 * DAY });
    }
  });

  it('gives a seeker who is also an officer the shorter officer limits', () => {
    expect(sessionLimits([...seeker, ...officer])).toEqual(sessionLimits(officer));
  });

  it("keeps an officer's session open up to the last millisecond before 30 minutes idle", () => {
    expect(liveAfter(sessionLimits(officer), 2 * HOUR, 30 * MINUTE - 1)).toBe(true);
  });

  it("ends an officer's session after 30 minutes idle", () => {
    expect(liveAfter(sessionLimits(officer), 2 * HOUR, 30 * MINUTE)).toBe(false);
  });

  it("ends an officer's busy session 12 hours after sign-in, however recently it was used", () => {
    const limits = sessionLimits(officer);
    expect(liveAfter(limits, 12 * HOUR - 1, 0)).toBe(true);
    expect(liveAfter(limits, 12 * HOUR, 0)).toBe(false);
  });

  it("ends an admin's session after 30 minutes idle", () => {
    const limits = sessionLimits(admin);
    expect(liveAfter(limits, HOUR, 30 * MINUTE - 1)).toBe(true);
    expect(liveAfter(limits, HOUR, 30 * MINUTE)).toBe(false);
  });

  it("keeps a seeker's session through 14 days away, and ends it at 14 days idle", () => {
    const limits = sessionLimits(seeker);
    expect(liveAfter(limits, 15 * DAY, 14 * DAY - 1)).toBe(true);
    expect(liveAfter(limits, 15 * DAY, 14 * DAY)).toBe(false);
  });

  it("ends a seeker's daily-used session 30 days after sign-in", () => {
    const limits = sessionLimits(seeker);
    expect(liveAfter(limits, 30 * DAY - 1, HOUR)).toBe(true);
    expect(liveAfter(limits, 30 * DAY, HOUR)).toBe(false);
  });

  it('keeps a session live the moment it is created', () => {
    expect(isSessionLive({ createdAt: start, lastSeenAt: start }, sessionLimits(officer), start)).toBe(true);
  });
});
