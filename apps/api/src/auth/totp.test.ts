import { findUserById } from '@solidaria/db';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { createTestServices, fakeClock } from '../testing';
import { addPerson, cookieOf, postJson, TEST_PASSWORD } from './testing-accounts';
import { totpCodeAt } from './totp';

const clock = fakeClock();
const services = createTestServices({ clock });
const app = createApp(services);
afterAll(() => services.db.close());

async function passwordStep(email: string) {
  const res = await postJson(app, '/api/auth/login', { identifier: email, password: TEST_PASSWORD });
  return { cookie: cookieOf(res), body: (await res.json()) as { status: string; totpEnrollment?: { secret: string; uri: string } } };
}
const codeStep = async (cookie: string, code: string) => (await postJson(app, '/api/auth/totp', { code }, { cookie })).status;

describe('the TOTP step for officers and admins', () => {
  it('shows the authenticator secret at the first sign-in only, as an otpauth address', async () => {
    await addPerson(services, 'admin@example.org', [{ role: 'admin', municipalityId: null }]);
    const first = await passwordStep('admin@example.org');
    expect(first.body.status).toBe('totp_required');
    expect(first.body.totpEnrollment?.uri).toMatch(/^otpauth:\/\/totp\/Solidaria:admin%40example\.org\?/);
    expect(await codeStep(first.cookie, totpCodeAt(first.body.totpEnrollment!.secret, clock.now()))).toBe(200);
    clock.advance(60_000);
    const second = await passwordStep('admin@example.org');
    expect(second.body).toEqual({ status: 'totp_required' });
  });

  it('refuses a wrong code and a code used before, and accepts the next one', async () => {
    const officer = await addPerson(services, 'officer@example.org', [{ role: 'officer', municipalityId: 1 }], 1);
    const first = await passwordStep('officer@example.org');
    const secret = first.body.totpEnrollment!.secret;
    expect(await codeStep(first.cookie, '000000' === totpCodeAt(secret, clock.now()) ? '111111' : '000000')).toBe(401);
    const code = totpCodeAt(secret, clock.now());
    expect(await codeStep(first.cookie, code)).toBe(200);

    const replay = await passwordStep('officer@example.org');
    expect(await codeStep(replay.cookie, code)).toBe(401);
    clock.advance(30_000);
    expect(await codeStep(replay.cookie, totpCodeAt(secret, clock.now()))).toBe(200);
    expect((await findUserById(services.db, officer.id))?.totpConfirmedAt).toBeInstanceOf(Date);
  });
});
