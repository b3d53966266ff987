import { isPrivileged, type RoleGrant } from './roles';

/** Who is asking: nobody, or a signed-in person with their roles. */
export type Actor = { kind: 'anonymous' } | { kind: 'user'; userId: number; grants: readonly RoleGrant[] };

export const anonymous: Actor = { kind: 'anonymous' };

const has = (actor: Actor, role: RoleGrant['role']) => actor.kind === 'user' && actor.grants.some((g) => g.role === role);

export const isAdmin = (actor: Actor): boolean => has(actor, 'admin');

/** The municipalities whose people an actor may act for as an officer; admins: all ("*"). */
export function officerScope(actor: Actor): '*' | number[] {
  if (isAdmin(actor)) return '*';
  if (actor.kind !== 'user') return [];
  return actor.grants.filter((g) => g.role === 'officer' && g.municipalityId !== null).map((g) => g.municipalityId as number);
}

/** Only an admin grants or removes roles. */
export const canGrantRoles = (actor: Actor): boolean => isAdmin(actor);

/**
 * An officer of the person's municipality (or an admin) may reset their password in
 * person; an officer's or admin's own password, only an admin, so no officer can take
 * over an account with more reach than their own.
 */
export function canResetPasswordInPerson(
  actor: Actor,
  person: { municipalityId: number | null; grants?: readonly RoleGrant[] },
): boolean {
  const scope = officerScope(actor);
  if (scope === '*') return true;
  if (isPrivileged(person.grants ?? [])) return false;
  return person.municipalityId !== null && scope.includes(person.municipalityId);
}
