import type { RoleGrant } from '@solidaria/core';
import { createUser, findUserById, type UserRow } from '@solidaria/db';
import type { createApp } from '../app';
import type { Services } from '../services';
import { totpCodeAt } from './totp';

type App = ReturnType<typeof createApp>;

export const TEST_PASSWORD = 'mango-limon-guayaba-2026';

/** A person created straight in the database, as an admin or the seed would. */
export async function addPerson(
  services: Services,
  email: string,
  grants: RoleGrant[],
  municipalityId: number | null = null,
): Promise<UserRow> {
  return createUser(services.db, {
    identifier: { kind: 'email', value: email.toLowerCase() },
    displayName: email.split('@')[0] ?? email,
    language: 'es',
    passwordHash: await services.passwords.hash(TEST_PASSWORD),
    municipalityId,
    grants,
    now: services.clock.now(),
  });
}

/** The session cookie a response sets, as a Cookie header value. */
export function cookieOf(res: Response): string {
  const header = res.headers.getSetCookie().find((c) => c.includes('solidaria_session='));
  if (!header) throw new Error(`no session cookie in ${res.status} response`);
  return header.split(';')[0] as string;
}

export const postJson = async (app: App, path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

/** Signs in through the API like a person would, with the TOTP step for officers and admins. */
export async function signIn(app: App, services: Services, user: UserRow, password = TEST_PASSWORD): Promise<string> {
  const res = await postJson(app, '/api/auth/login', { identifier: user.email ?? user.phone, password });
  if (res.status !== 200) throw new Error(`login failed with ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { status: string };
  if (body.status === 'signed_in') return cookieOf(res);
  const secret = (await findUserById(services.db, user.id))?.totpSecret;
  if (!secret) throw new Error('no TOTP secret after the password step');
  // A code is accepted once: with a test clock, move to the next 30-second step first.
  (services.clock as { advance?: (ms: number) => void }).advance?.(30_000);
  const step = await postJson(app, '/api/auth/totp', { code: totpCodeAt(secret, services.clock.now()) }, { cookie: cookieOf(res) });
  if (step.status !== 200) throw new Error(`TOTP step failed with ${step.status}: ${await step.text()}`);
  return cookieOf(step);
}
