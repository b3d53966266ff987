import type { Offer } from '@solidaria/core';
import { listOrganisationOffers, loadOffer, type Write } from '@solidaria/db';
import { offerDocument, type OfferOrganisation } from '@solidaria/search';
import type { Services } from '../services';

/** The search writes that bring the offers index in line with an offer as it will be stored. */
export async function offerIndexWrites({ db, search }: Services, offer: Offer, organisation: OfferOrganisation): Promise<Write[]> {
  const document = await offerDocument(db, offer, organisation);
  return document ? search.upsertWrites('offers', [document]) : search.deleteWrites('offers', [offer.id]);
}

/** The same for every published offer of an organisation whose standing changes. */
export async function organisationOffersIndexWrites(services: Services, organisationId: number, organisation: OfferOrganisation): Promise<Write[]> {
  const published = (await listOrganisationOffers(services.db, organisationId)).filter((o) => o.status === 'published');
  const writes: Write[] = [];
  for (const { id } of published) {
    const offer = await loadOffer(services.db, id);
    if (offer) writes.push(...(await offerIndexWrites(services, offer, organisation)));
  }
  return writes;
}
