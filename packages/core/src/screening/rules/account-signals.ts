// Signals about who posts, not what: the same text posted by several organisations
// (duplicate_text) is how a network spreads one lure through many throwaway accounts; a
// brand-new organisation posting many offers at once (new_organisation_many_offers) is
// how such an account behaves before anyone notices. Both go to an officer.

import type { Finding, ScreeningContext } from '../types';

/**
 * A new organisation is one registered less than this many days ago: about the time an
 * office needs to hear about an employer from the community.
 */
export const NEW_ORGANISATION_DAYS = 30;
/**
 * "Many offers": this many or more in the last 7 days, this one not counted. A new local
 * employer rarely has more than two or three vacancies in its first weeks; a network
 * posting a lure in every municipality has dozens.
 */
export const MANY_OFFERS_PER_WEEK = 5;

export function duplicateText(context: Pick<ScreeningContext, 'sameTextOrganisations'>): Finding<'duplicate_text'>[] {
  const n = context.sameTextOrganisations;
  if (n < 1) return [];
  return [
    {
      code: 'duplicate_text',
      field: 'description',
      reason: {
        es: `La misma descripción ya la publicó ${n === 1 ? 'otra organización' : `${n} organizaciones más`}.`,
        en: `The same description has been posted by ${n === 1 ? 'another organisation' : `${n} other organisations`}.`,
      },
    },
  ];
}

export function newOrganisationManyOffers(context: Pick<ScreeningContext, 'organisation'>): Finding<'new_organisation_many_offers'>[] {
  const { ageDays, offersLastWeek } = context.organisation;
  if (ageDays >= NEW_ORGANISATION_DAYS || offersLastWeek < MANY_OFFERS_PER_WEEK) return [];
  return [
    {
      code: 'new_organisation_many_offers',
      reason: {
        es: `La organización se registró hace ${ageDays} ${ageDays === 1 ? 'día' : 'días'} y ya publicó ${offersLastWeek} ofertas esta semana (se revisa desde ${MANY_OFFERS_PER_WEEK} en sus primeros ${NEW_ORGANISATION_DAYS} días).`,
        en: `The organisation registered ${ageDays} ${ageDays === 1 ? 'day' : 'days'} ago and has already posted ${offersLastWeek} offers this week (reviewed from ${MANY_OFFERS_PER_WEEK} in its first ${NEW_ORGANISATION_DAYS} days).`,
      },
    },
  ];
}
