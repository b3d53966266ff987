import { findMunicipality, findOrganisation, loadOffer, moveOfferWrites, offersPastClosingDate } from '@solidaria/db';
import { isPastClosingDate } from '@solidaria/core';
import type { Services } from '../services';
import { offerIndexWrites } from './index-writes';
import { EARLIEST_TIME_ZONE, todayIn } from './views';


/**
 * Closes published offers whose closing date has passed in their municipality, with an
 * event and the index write for each. Searches already hide them by date; this makes
 * the state say so too. Returns how many it closed.
 */
export async function closeExpiredOffers(services: Services): Promise<number> {
  const { db, clock } = services;
  const now = clock.now();
  let closed = 0;
  for (const candidate of await offersPastClosingDate(db, todayIn(EARLIEST_TIME_ZONE, now))) {
    const offer = await loadOffer(db, candidate.id);
    const organisation = offer ? await findOrganisation(db, offer.organisationId) : undefined;
    const municipality = offer ? await findMunicipality(db, offer.municipalityId) : undefined;
    if (!offer || !organisation || !municipality || !isPastClosingDate(offer, todayIn(municipality.timeZone, now))) continue;
    await db.atomic([
      ...moveOfferWrites(db, offer, { to: 'closed', actorUserId: null, reason: 'closing_date', at: now, closeReason: 'closing_date' }),
      ...(await offerIndexWrites(services, { ...offer, status: 'closed' }, organisation)),
    ]);
    closed++;
  }
  return closed;
}

