import { isOfferedToEmployers, profileViewFor, type Offer } from '@solidaria/core';
import { candidateIdsForOffer, contactOf, exposureCounts, loadMatchProfiles, loadProfiles, recordExposuresWrite, sharedContactsAmong, withStandingConsent } from '@solidaria/db';
import { CONTACT_PURPOSE } from '../profiles/consent-purposes';
import type { Services } from '../services';
import { todayIn } from '../offers/views';
import { matchContext } from './context';
import { rank } from './rank';

/** How many people the index hands over for scoring: the best skill overlaps first. */
const RETRIEVED = 300;
/** The top list whose people are counted as shown to the employer. */
const TOP = 10;
const WEEK_MS = 7 * 86_400_000;

export interface CandidatePage {
  total: number;
  candidates: {
    view: NonNullable<ReturnType<typeof profileViewFor>>;
    contact: { displayName: string; email: string | null; phone: string | null } | null;
    /** Whether the person agreed to be asked for their contact by employers. */
    acceptsContactRequests: boolean;
    score: number;
    reasons: { code: string; positive: boolean; text: { es: string; en: string } }[];
    missingSkills: { skillId: number; required: boolean; label: { es: string; en: string } }[];
  }[];
}

/**
 * An offer's eligible candidates, best first. Nobody already in the top lists of `limit`
 * other open offers of the same occupation this week is put before the others again, so
 * employers do not all get the same ten people. The top list shown is recorded.
 */
export async function candidatesFor(services: Services, offer: Offer, organisationId: number, timeZone: string, page: number, perPage: number, exposureLimit: number): Promise<CandidatePage> {
  const { db, clock } = services;
  const now = clock.now();
  const ids = await candidateIdsForOffer(db, { skillIds: offer.skills.map((s) => s.skillId), occupationId: offer.occupationId, municipalityId: offer.municipalityId }, RETRIEVED);
  // Scoring reads the lean profiles; the whole ones are loaded for the page shown only.
  const profiles = (await loadMatchProfiles(db, ids)).filter((p) => isOfferedToEmployers(p, now));
  const context = await matchContext(db, { today: todayIn(timeZone, now), now });
  const ranked = rank(profiles, (p) => [p, offer], context, false);
  const shown = await exposureCounts(db, offer.occupationId, offer.id, new Date(now.getTime() - WEEK_MS), ranked.slice(0, 200).map((r) => r.item.userId));
  const fresh = ranked.filter((r) => (shown.get(r.item.userId) ?? 0) < exposureLimit);
  const often = ranked.filter((r) => (shown.get(r.item.userId) ?? 0) >= exposureLimit);
  const ordered = [...fresh, ...often];
  const slice = ordered.slice((page - 1) * perPage, page * perPage);
  if (page === 1) {
    const write = recordExposuresWrite(db, offer.id, offer.occupationId, slice.slice(0, TOP).map((r) => r.item.userId), now);
    if (write) await db.atomic([write]);
  }
  const shared = await sharedContactsAmong(db, organisationId, slice.map((r) => r.item.userId));
  const contactable = await withStandingConsent(db, slice.map((r) => r.item.userId), CONTACT_PURPOSE);
  const whole = new Map((await loadProfiles(db, slice.map((r) => r.item.userId))).map((p) => [p.userId, p]));
  const candidates = [];
  for (const { item, match } of slice) {
    const profile = whole.get(item.userId);
    if (!profile) continue;
    const contactShared = shared.has(profile.userId);
    const view = profileViewFor(profile, { kind: 'employer', verified: true, contactShared }, now);
    if (!view) continue;
    const contact = contactShared ? ((await contactOf(db, profile.userId)) ?? null) : null;
    candidates.push({ view, contact, acceptsContactRequests: contactable.has(profile.userId), score: match.score, reasons: match.reasons.map(({ code, positive, text }) => ({ code, positive, text })), missingSkills: match.missingSkills });
  }
  return { total: ordered.length, candidates };
}
