import type { Visibility } from '@solidaria/core';
import { auditWrite, grantConsentWrite, latestConsent, withdrawConsentWrite, type Write } from '@solidaria/db';
import type { Services } from '../services';
import { NOTICE_VERSION, SHARE_PURPOSE } from './consent-purposes';

/**
 * Whether a visibility hands anything of the profile to employers. "anonymous" does:
 * skills, languages, municipality, availability, education and months of experience go
 * to every verified employer and into their candidate search, and in a small
 * municipality that much can single a person out. So both it and "visible" stand on the
 * person's consent to share; only "hidden" needs none.
 */
export const sharesWithEmployers = (visibility: Visibility): boolean => visibility !== 'hidden';

/**
 * The visibility a new profile starts with: shown anonymously, as the first step tells
 * the person, unless they already said no to sharing (a withdrawn consent), which stands.
 */
export async function firstVisibility({ db }: Services, userId: number): Promise<Visibility> {
  const latest = await latestConsent(db, userId, SHARE_PURPOSE);
  return latest?.withdrawnAt ? 'hidden' : 'anonymous';
}

export interface ShareConsentChange {
  userId: number;
  visibility: Visibility;
  now: Date;
  /** Who made the change (the person, or the officer at an assisted registration). */
  actorUserId: number | null;
  requestId: string | null;
  /** At an assisted registration: the officer who recorded it, and what they explained. */
  recordedBy?: number;
  explanation?: string;
}

/**
 * The writes that keep the consent to share in step with a visibility, for the same
 * atomic unit as the visibility itself: granted (with its notice version, time and an
 * audit row) when the profile is shown and it does not stand yet, withdrawn when the
 * profile is hidden and it stands, nothing otherwise.
 */
export async function shareConsentWrites({ db }: Services, change: ShareConsentChange): Promise<Write[]> {
  const latest = await latestConsent(db, change.userId, SHARE_PURPOSE);
  const standing = latest !== null && latest.withdrawnAt === null;
  const shown = sharesWithEmployers(change.visibility);
  if (shown === standing) return [];
  const { userId, now } = change;
  return [
    shown
      ? grantConsentWrite(db, { userId, purpose: SHARE_PURPOSE, noticeVersion: NOTICE_VERSION, now, recordedBy: change.recordedBy ?? null, explanation: change.explanation ?? null })
      : withdrawConsentWrite(db, userId, SHARE_PURPOSE, now),
    auditWrite(db, {
      at: now, actorUserId: change.actorUserId, action: shown ? 'consent.granted' : 'consent.withdrawn', subjectType: 'user', subjectId: userId, requestId: change.requestId,
      details: { purpose: SHARE_PURPOSE, visibility: change.visibility },
    }),
  ];
}
