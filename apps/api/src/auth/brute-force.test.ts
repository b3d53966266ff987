import { MAX_PASSWORD_CHECKS_PER_HOUR } from '@solidaria/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { ErrorEnvelope } from '../errors';
import { createTestServices, fakeClock } from '../testing';
import { nodePasswordHasher } from './argon2-node';
import type { PasswordHasher } from './password-hasher';
import { addPerson, postJson, TEST_PASSWORD } from './testing-accounts';

const HOUR = 3_600_000;

// The real hasher, counting how many passwords it is asked to check, and when.
const clock = fakeClock();
const checks: number[] = [];
const countingHasher: PasswordHasher = {
  hash: nodePasswordHasher.hash,
  verify: (hash, password) => {
    checks.push(clock.now().getTime());
    return nodePasswordHasher.verify(hash, password);
  },
};
const services = createTestServices({ clock, passwords: countingHasher });
const app = createApp(services);
afterAll(() => services.db.close());

// An attacker with many addresses, guessing as fast as the API lets them.
const guess = (identifier: string, password: string, i: number) =>
  postJson(app, '/api/auth/login', { identifier, password }, { 'x-test-client': `198.51.100.${i % 250}` });

describe('password guessing against one account', () => {
  it('allows at most 100 password checks in an hour out of 1,000 guesses, and no login', async () => {
    const victim = await addPerson(services, 'victim@example.org', [{ role: 'seeker', municipalityId: null }]);
    const start = clock.now().getTime();
    checks.length = 0;
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1000; i++) {
      const res = await guess(victim.email!, `guess-number-${i}`, i);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 429) {
        const retryAfter = Number(res.headers.get('retry-after'));
        expect(retryAfter).toBeGreaterThan(0);
        // The patient attacker waits exactly as long as told, but never past the hour.
        clock.set(new Date(Math.min(clock.now().getTime() + retryAfter * 1000, start + HOUR - 1)));
      } else {
        clock.advance(100);
      }
    }
    const inTheHour = checks.filter((t) => t < start + HOUR).length;
    expect(inTheHour).toBeLessThanOrEqual(MAX_PASSWORD_CHECKS_PER_HOUR);
    expect(statuses.get(200)).toBeUndefined();
    expect((statuses.get(401) ?? 0) + (statuses.get(429) ?? 0)).toBe(1000);
  });

  it('answers a throttled unknown account exactly like a throttled real one', async () => {
    await addPerson(services, 'known@example.org', [{ role: 'seeker', municipalityId: null }]);
    const lastAnswer = async (identifier: string) => {
      let res: Response | undefined;
      for (let i = 0; i < 7; i++) res = await guess(identifier, 'wrong-password', i);
      return res!;
    };
    const [known, ghost] = [await lastAnswer('known@example.org'), await lastAnswer('nobody@example.org')];
    expect(known.status).toBe(429);
    expect(ghost.status).toBe(429);
    expect(((await known.json()) as ErrorEnvelope).error.message).toBe(((await ghost.json()) as ErrorEnvelope).error.message);
    expect(known.headers.get('retry-after')).toBe(ghost.headers.get('retry-after'));
  });

  it('lets the real person in once the delay has passed', async () => {
    const person = await addPerson(services, 'patient@example.org', [{ role: 'seeker', municipalityId: null }]);
    for (let i = 0; i < 6; i++) await guess(person.email!, 'wrong-password', i);
    const blocked = await guess(person.email!, TEST_PASSWORD, 1);
    expect(blocked.status).toBe(429);
    clock.advance(Number(blocked.headers.get('retry-after')) * 1000);
    expect((await guess(person.email!, TEST_PASSWORD, 2)).status).toBe(200);
  });

  it('limits the registrations one address can make in an hour', async () => {
    const register = (n: number) =>
      postJson(app, '/api/auth/register', { identifier: `new${n}@example.org`, password: 'tortillas-y-frijoles', displayName: 'N' }, { 'x-test-client': '192.0.2.77' });
    const statuses = [];
    for (let n = 0; n < 22; n++) statuses.push((await register(n)).status);
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });
});
