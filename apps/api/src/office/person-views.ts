import { isAdmin, officerScope, type Actor } from '@solidaria/core';
import { auditWrite, findUserById, loadProfile, PERSON_VIEWED, type Database, type Write } from '@solidaria/db';
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';

/**
 * A person an officer may work with: where their profile says they live (or, without a
 * profile, the municipality they registered in) is one of the officer's. Anyone else is
 * a 404, exactly like a person who does not exist.
 */
export async function personInScope(db: Database, actor: Actor, id: number) {
  const user = await findUserById(db, id);
  const profile = user ? await loadProfile(db, id) : null;
  const municipalityId = profile?.municipalityId ?? user?.municipalityId ?? null;
  if (!user || !inOfficeScope(actor, municipalityId)) throw new ApiError('NOT_FOUND', 'There is no such person.');
  return { user, profile, municipalityId };
}

type UserActor = Extract<Actor, { kind: 'user' }>;

/** Whether an officer (or an admin) works where this person is registered. */
export function inOfficeScope(actor: Actor, municipalityId: number | null): boolean {
  const scope = officerScope(actor);
  return scope === '*' || (municipalityId !== null && scope.includes(municipalityId));
}

/** An officer of some municipality, or an admin. */
export function isOfficeStaff(actor: Actor): boolean {
  const scope = officerScope(actor);
  return scope === '*' || scope.length > 0;
}

/**
 * One `person.viewed` audit row per named person an officer's answer shows: who read
 * (as role and municipality, which is what the person is shown), whom, when, by which route.
 */
export function personViewWrites(
  db: Database,
  c: Context<AppEnv>,
  actor: UserActor,
  people: readonly { userId: number | null; municipalityId: number | null }[],
  at: Date,
): Write[] {
  const route = `${c.req.method} ${c.req.routePath}`;
  const seen = new Set<number>();
  return people.flatMap(({ userId, municipalityId }) => {
    if (userId === null || userId === actor.userId || seen.has(userId)) return [];
    seen.add(userId);
    const role = isAdmin(actor) ? 'admin' : 'officer';
    return [auditWrite(db, {
      at, actorUserId: actor.userId, action: PERSON_VIEWED, subjectType: 'user', subjectId: userId, requestId: c.get('requestId'),
      details: { route, role, municipalityId: role === 'admin' ? null : municipalityId },
    })];
  });
}
