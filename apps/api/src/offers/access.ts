import type { Actor, Offer } from '@solidaria/core';
import { findOrganisation, loadOffer, type Database, type OrganisationRow } from '@solidaria/db';
import { officerScope } from '@solidaria/core';
import { ApiError } from '../errors';
import { standingOf, type OrganisationStanding } from '../organisations/access';

export interface OfferInContext {
  offer: Offer;
  organisation: OrganisationRow;
  /** 'office' here means an officer of the offer's municipality (or an admin). */
  standing: OrganisationStanding;
}

/** An offer with its organisation and how the caller stands towards it; 404 when there is none. */
export async function offerInContext(db: Database, actor: Actor, id: number): Promise<OfferInContext> {
  const offer = await loadOffer(db, id);
  const organisation = offer ? await findOrganisation(db, offer.organisationId) : undefined;
  if (!offer || !organisation) throw new ApiError('NOT_FOUND', 'There is no such offer.');
  const standing = await standingOf(db, actor, organisation);
  if (standing === 'member') return { offer, organisation, standing };
  const scope = officerScope(actor);
  return { offer, organisation, standing: scope === '*' || scope.includes(offer.municipalityId) ? 'office' : 'public' };
}
