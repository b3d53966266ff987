import { schema } from '@solidaria/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, signIn } from '../auth/testing-accounts';
import { createTestServices } from '../testing';
import { putJson } from './testing-profiles';

const services = createTestServices();
const app = createApp(services);
beforeAll(() => services.search.applySettings());
afterAll(() => services.db.close());

const profile = (municipalityId: number) => ({ municipalityId, birthDate: '1992-08-15', workAuthorization: 'asylum_seeker_with_permit' });

async function seekerNamed(email: string, name: string) {
  const person = await addPerson(services, email, [{ role: 'seeker', municipalityId: null }]);
  await services.db.orm.update(schema.users).set({ displayName: name }).where(eq(schema.users.id, person.id));
  return { person, cookie: await signIn(app, services, person) };
}

describe('possible double registrations', () => {
  it('are flagged to the office, not refused, when a similar name with the same birth year is in the same municipality', async () => {
    const first = await seekerNamed('uno@example.org', 'José Luis Ramírez');
    const second = await seekerNamed('dos@example.org', 'Jose Luis Ramirez');
    expect((await putJson(app, '/api/me/profile', profile(1), first.cookie)).status).toBe(200);
    expect((await putJson(app, '/api/me/profile', profile(1), second.cookie)).status).toBe(200);
    const flags = await services.db.orm.select().from(schema.duplicateFlags);
    expect(flags).toEqual([expect.objectContaining({ userId: second.person.id, similarUserId: first.person.id, reason: 'similar_name_same_birth_year', municipalityId: 1 })]);
  });

  it('are not flagged across municipalities', async () => {
    const third = await seekerNamed('tres@example.org', 'José Luis Ramírez');
    expect((await putJson(app, '/api/me/profile', profile(2), third.cookie)).status).toBe(200);
    expect(await services.db.orm.select().from(schema.duplicateFlags)).toHaveLength(1);
  });
});
