import { officerScope, type Actor } from '@solidaria/core';
import { isOrganisationMember, type Database, type OrganisationRow } from '@solidaria/db';

/** How the caller stands towards an organisation: one of its people, its municipality's office, or the public. */
export type OrganisationStanding = 'member' | 'office' | 'public';

export async function standingOf(db: Database, actor: Actor, organisation: Pick<OrganisationRow, 'id' | 'municipalityId'>): Promise<OrganisationStanding> {
  if (actor.kind !== 'user') return 'public';
  if (await isOrganisationMember(db, organisation.id, actor.userId)) return 'member';
  const scope = officerScope(actor);
  return scope === '*' || scope.includes(organisation.municipalityId) ? 'office' : 'public';
}

export const isEmployer = (actor: Actor): boolean => actor.kind === 'user' && actor.grants.some((g) => g.role === 'employer');
