import { findUserByIdentifier, schema } from '@solidaria/db';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { addPerson, cookieOf, postJson, signIn, TEST_PASSWORD } from './auth/testing-accounts';
import type { Logger } from './logger';
import { createTestServices } from './testing';

// Everything the API logs, and every response body, through a whole account journey.
const logged: string[] = [];
const capture = (level: string): Logger['info'] => (fields, message) => logged.push(`${level} ${message} ${JSON.stringify(fields)}`);
const services = createTestServices({ logger: { info: capture('info'), warn: capture('warn'), error: capture('error') } });
const app = createApp(services);
afterAll(() => services.db.close());

const bodies: string[] = [];
async function keep(res: Response | Promise<Response>): Promise<Response> {
  const response = await res;
  bodies.push(await response.clone().text());
  return response;
}

describe('passwords, tokens and hashes', () => {
  it('never appear in a log line or a response body, through a whole account journey', async () => {
    const NEW_PASSWORD = 'nuevo-cafe-de-tarrazu-2027';
    const reg = await keep(postJson(app, '/api/auth/register', { identifier: 'secret@example.org', password: TEST_PASSWORD, displayName: 'S' }));
    const sessionToken = cookieOf(reg).split('=')[1]!;
    await keep(postJson(app, '/api/auth/login', { identifier: 'secret@example.org', password: 'wrong-guess-here' }));
    await keep(app.request('/api/me', { headers: { cookie: cookieOf(reg) } }));
    await keep(postJson(app, '/api/auth/password-reset', { identifier: 'secret@example.org' }));
    const [mail] = await services.db.orm.select().from(schema.outbox);
    const resetToken = decodeURIComponent(/token=([^\s]+)/.exec(mail!.body)![1]!);
    await keep(postJson(app, '/api/auth/password-reset/confirm', { token: resetToken, password: NEW_PASSWORD }));
    const officer = await addPerson(services, 'officer@example.org', [{ role: 'officer', municipalityId: 1 }], 1);
    await keep(app.request('/api/me', { headers: { cookie: await signIn(app, services, officer) } }));
    await keep(app.request('/api/auth/logout', { method: 'POST', headers: { cookie: cookieOf(reg) } }));

    const hash = (await findUserByIdentifier(services.db, { kind: 'email', value: 'secret@example.org' }))!.passwordHash;
    const secrets = [TEST_PASSWORD, NEW_PASSWORD, sessionToken, resetToken, hash, hash.split('$').at(-1)!];
    expect(logged.length).toBeGreaterThan(5);
    for (const secret of secrets) {
      expect(logged.filter((line) => line.includes(secret))).toEqual([]);
      expect(bodies.filter((body) => body.includes(secret))).toEqual([]);
    }
  });
});
