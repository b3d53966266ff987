import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { createTestServices, fakeClock } from '../testing';
import { addPerson, signIn } from './testing-accounts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const clock = fakeClock();
const services = createTestServices({ clock });
const app = createApp(services);
afterAll(() => services.db.close());
const me = async (cookie: string) => (await app.request('/api/me', { headers: { cookie } })).status;

describe('session lifetimes', () => {
  it('ends a seeker’s session after 14 days without use', async () => {
    const cookie = await signIn(app, services, await addPerson(services, 'idle@example.org', [{ role: 'seeker', municipalityId: null }]));
    clock.advance(13 * DAY);
    expect(await me(cookie)).toBe(200);
    clock.advance(14 * DAY);
    expect(await me(cookie)).toBe(401);
  });

  it('ends a seeker’s session 30 days after sign-in even when used every day', async () => {
    const cookie = await signIn(app, services, await addPerson(services, 'daily@example.org', [{ role: 'seeker', municipalityId: null }]));
    for (let day = 1; day < 30; day++) {
      clock.advance(DAY);
      expect(await me(cookie)).toBe(200);
    }
    clock.advance(DAY);
    expect(await me(cookie)).toBe(401);
  });

  it('ends an officer’s session after 30 minutes idle and 12 hours in all', async () => {
    const officer = await addPerson(services, 'officer@example.org', [{ role: 'officer', municipalityId: 1 }], 1);
    const idle = await signIn(app, services, officer);
    clock.advance(31 * MINUTE);
    expect(await me(idle)).toBe(401);

    const busy = await signIn(app, services, officer);
    for (let minutes = 0; minutes < 11 * 60 + 40; minutes += 20) {
      clock.advance(20 * MINUTE);
      expect(await me(busy)).toBe(200);
    }
    clock.advance(20 * MINUTE);
    expect(await me(busy)).toBe(401);
  });

  it('does not let a password-only officer session past the TOTP step', async () => {
    const officer = await addPerson(services, 'half@example.org', [{ role: 'officer', municipalityId: 1 }], 1);
    const res = await app.request('/api/auth/login', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: officer.email, password: 'mango-limon-guayaba-2026' }),
    });
    expect(await res.json()).toMatchObject({ status: 'totp_required', totpEnrollment: { secret: expect.any(String) } });
    const halfCookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
    expect(await me(halfCookie)).toBe(401);
  });
});
