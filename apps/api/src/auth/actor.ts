import { anonymous, isSessionLive, sessionLimits, TOTP_STEP_MS, type Actor } from '@solidaria/core';
import { deleteSessionWrite, findSessionByTokenHash, listGrants, touchSession } from '@solidaria/db';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import type { Services } from '../services';
import { readSessionToken } from './session-cookie';
import { tokenHash } from './tokens';

// lastSeenAt is written at most once a minute per session, not on every request.
const TOUCH_EVERY_MS = 60_000;

/** Resolves the session cookie into the request's actor; anonymous when there is none. */
export function resolveActor({ db, clock }: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('actor', anonymous);
    const token = readSessionToken(c);
    if (token) {
      const found = await findSessionByTokenHash(db, await tokenHash(token));
      if (found) {
        const now = clock.now();
        const grants = await listGrants(db, found.user.id);
        const limits = found.session.totpPending ? { idleMs: TOTP_STEP_MS, absoluteMs: TOTP_STEP_MS } : sessionLimits(grants);
        const live = !found.user.disabledAt && isSessionLive(found.session, limits, now);
        if (!live) {
          await db.atomic([deleteSessionWrite(db, found.session.id)]);
        } else {
          c.set('session', found.session);
          c.set('user', found.user);
          if (!found.session.totpPending) c.set('actor', { kind: 'user', userId: found.user.id, grants });
          if (now.getTime() - found.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(db, found.session.id, now);
        }
      }
    }
    await next();
  };
}

/** The signed-in actor, or a 401 envelope. */
export function requireUser(c: Context<AppEnv>): Extract<Actor, { kind: 'user' }> {
  const actor = c.get('actor');
  if (actor.kind !== 'user') throw new ApiError('UNAUTHENTICATED', 'Sign in first.');
  return actor;
}

/** Refuses with 403 (and a log line) unless `allowed`; every refusal is logged. */
export function authorize(c: Context<AppEnv>, services: Services, allowed: boolean, action: string): void {
  if (allowed) return;
  const actor = c.get('actor');
  services.logger.warn(
    { requestId: c.get('requestId'), action, actor: actor.kind === 'user' ? actor.userId : null, path: c.req.path },
    'authorization refused',
  );
  throw new ApiError('FORBIDDEN', 'You may not do this.');
}

