import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../node';
import { createUser, findUserByIdentifier, grantRoleWrite, listGrants, revokeRoleWrite } from './users-repository';

describe('the users repository', () => {
  const db = openSqliteDatabase(':memory:');
  afterAll(() => db.close());
  const now = new Date('2026-11-27T12:00:00Z');

  it('creates a person with several roles in one unit', async () => {
    const user = await createUser(db, {
      identifier: { kind: 'phone', value: '+50688881234' },
      displayName: 'Ana', language: 'es', passwordHash: 'h', municipalityId: 1, now,
      grants: [{ role: 'seeker', municipalityId: null }, { role: 'vendor', municipalityId: null }],
    });
    expect(user.phone).toBe('+50688881234');
    expect(await listGrants(db, user.id)).toEqual([
      { role: 'seeker', municipalityId: null },
      { role: 'vendor', municipalityId: null },
    ]);
  });

  it('refuses a second account with the same phone and leaves no half-made roles', async () => {
    await expect(
      createUser(db, {
        identifier: { kind: 'phone', value: '+50688881234' },
        displayName: 'Otra', language: 'es', passwordHash: 'h', municipalityId: null, now,
        grants: [{ role: 'employer', municipalityId: null }],
      }),
    ).rejects.toThrow(/UNIQUE/);
    const ana = await findUserByIdentifier(db, { kind: 'phone', value: '+50688881234' });
    expect((await listGrants(db, ana!.id)).map((g) => g.role)).toEqual(['seeker', 'vendor']);
  });

  it('grants an officer role for one municipality once, and revokes it', async () => {
    const ana = await findUserByIdentifier(db, { kind: 'phone', value: '+50688881234' });
    const officer = { role: 'officer', municipalityId: 1 } as const;
    await db.atomic([grantRoleWrite(db, ana!.id, officer, ana!.id, now), grantRoleWrite(db, ana!.id, officer, ana!.id, now)]);
    expect((await listGrants(db, ana!.id)).filter((g) => g.role === 'officer')).toEqual([officer]);
    await db.atomic([revokeRoleWrite(db, ana!.id, officer)]);
    expect((await listGrants(db, ana!.id)).map((g) => g.role)).toEqual(['seeker', 'vendor']);
  });
});
