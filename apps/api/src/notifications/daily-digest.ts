import { candidateIdsForOffer, lastRunOf, loadMatchProfiles, loadOffers, offersPublishedSince, ranWrite } from '@solidaria/db';
import { matchContext } from '../matching/context';
import { rank } from '../matching/rank';
import { EARLIEST_TIME_ZONE, todayIn } from '../offers/views';
import type { Services } from '../services';
import { notificationWrites } from './notify';

const JOB = 'daily-digest';
const DAY_MS = 86_400_000;
/** A new offer counts for a person when it fits them at least this well. */
const GOOD_MATCH = 50;

/**
 * Once a day, one e-mail to each person for whom offers published since the last digest
 * fit well: found from the new offers through the skill and occupation indexes (a few new
 * offers a day, not every person scored). Says only that there are new offers. Returns
 * how many people were told, or null when the last digest is less than a day old.
 */
export async function sendDailyDigest(services: Services): Promise<number | null> {
  const { db, clock, publicOrigin } = services;
  const now = clock.now();
  const last = await lastRunOf(db, JOB);
  if (last && now.getTime() - last.getTime() < DAY_MS) return null;
  const today = todayIn(EARLIEST_TIME_ZONE, now);
  const offers = await loadOffers(db, await offersPublishedSince(db, last ?? new Date(now.getTime() - DAY_MS), today));
  const people = new Set<number>();
  for (const offer of offers) {
    const profiles = await loadMatchProfiles(db, await candidateIdsForOffer(db, { skillIds: offer.skills.map((s) => s.skillId), occupationId: offer.occupationId, municipalityId: offer.municipalityId }, 500));
    const context = await matchContext(db, { today, now });
    for (const { item, match } of rank(profiles, (p) => [p, offer], context, true)) if (match.score >= GOOD_MATCH) people.add(item.userId);
  }
  await db.atomic([...(await notificationWrites(db, [...people], 'new_matching_offers', `${publicOrigin}/for-you`, now)), ranWrite(db, JOB, now)]);
  return people.size;
}

