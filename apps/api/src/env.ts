import type { Actor } from '@solidaria/core';
import type { SessionRow, UserRow } from '@solidaria/db';

/** What a request carries through the middleware to the handlers. */
export interface AppEnv {
  Variables: {
    requestId: string;
    actor: Actor;
    /** The signed-in person's session and record, when there is one. */
    session?: SessionRow;
    user?: UserRow;
  };
}
