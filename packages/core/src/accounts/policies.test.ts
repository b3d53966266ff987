import { describe, expect, it } from 'vitest';
import { anonymous, canGrantRoles, canResetPasswordInPerson, officerScope, type Actor } from './policies';

const user = (grants: Extract<Actor, { kind: 'user' }>['grants']): Actor => ({ kind: 'user', userId: 7, grants });
const seeker = user([{ role: 'seeker', municipalityId: null }]);
const officerOf1 = user([{ role: 'officer', municipalityId: 1 }]);
const admin = user([{ role: 'admin', municipalityId: null }]);

describe('who may grant roles', () => {
  it('refuses a visitor who is not signed in', () => {
    expect(canGrantRoles(anonymous)).toBe(false);
  });

  it('refuses a seeker, an employer and a vendor', () => {
    expect(canGrantRoles(seeker)).toBe(false);
    expect(canGrantRoles(user([{ role: 'employer', municipalityId: null }, { role: 'vendor', municipalityId: null }]))).toBe(false);
  });

  it('refuses an officer, who cannot make someone else an officer', () => {
    expect(canGrantRoles(officerOf1)).toBe(false);
  });

  it('lets an admin grant roles', () => {
    expect(canGrantRoles(admin)).toBe(true);
    expect(canGrantRoles(user([{ role: 'seeker', municipalityId: null }, { role: 'admin', municipalityId: null }]))).toBe(true);
  });
});

describe('whose people an officer acts for', () => {
  it('limits an officer to the municipalities they work for', () => {
    expect(officerScope(officerOf1)).toEqual([1]);
    expect(officerScope(user([{ role: 'officer', municipalityId: 1 }, { role: 'officer', municipalityId: 3 }]))).toEqual([1, 3]);
  });

  it('gives an admin every municipality', () => {
    expect(officerScope(admin)).toBe('*');
  });

  it('gives a visitor, a seeker and an officer with no municipality none', () => {
    expect(officerScope(anonymous)).toEqual([]);
    expect(officerScope(seeker)).toEqual([]);
    expect(officerScope(user([{ role: 'officer', municipalityId: null }]))).toEqual([]);
  });
});

describe('who may reset a password in person at the office', () => {
  it('lets an officer of municipality 1 reset the password of a person from municipality 1', () => {
    expect(canResetPasswordInPerson(officerOf1, { municipalityId: 1 })).toBe(true);
  });

  it('refuses an officer of municipality 1 for a person from municipality 2', () => {
    expect(canResetPasswordInPerson(officerOf1, { municipalityId: 2 })).toBe(false);
  });

  it('refuses an officer for a person with no municipality', () => {
    expect(canResetPasswordInPerson(officerOf1, { municipalityId: null })).toBe(false);
  });

  it('lets an admin reset anyone, with or without a municipality', () => {
    expect(canResetPasswordInPerson(admin, { municipalityId: 1 })).toBe(true);
    expect(canResetPasswordInPerson(admin, { municipalityId: 2 })).toBe(true);
    expect(canResetPasswordInPerson(admin, { municipalityId: null })).toBe(true);
  });

  it('refuses a visitor and a seeker, even for a person from their own municipality', () => {
    expect(canResetPasswordInPerson(anonymous, { municipalityId: 1 })).toBe(false);
    expect(canResetPasswordInPerson(seeker, { municipalityId: 1 })).toBe(false);
    expect(canResetPasswordInPerson(user([{ role: 'employer', municipalityId: 1 }]), { municipalityId: 1 })).toBe(false);
  });
});

describe('in-person resets of accounts with more reach', () => {
  const officerOf1 = { kind: 'user', userId: 7, grants: [{ role: 'officer', municipalityId: 1 }] } as const;
  const admin = { kind: 'user', userId: 1, grants: [{ role: 'admin', municipalityId: null }] } as const;

  it('refuses an officer who tries to reset another officer of the same municipality', () => {
    const colleague = { municipalityId: 1, grants: [{ role: 'officer', municipalityId: 1 }] } as const;
    expect(canResetPasswordInPerson(officerOf1, colleague)).toBe(false);
    expect(canResetPasswordInPerson(admin, colleague)).toBe(true);
  });

  it('refuses an officer who tries to reset an admin', () => {
    expect(canResetPasswordInPerson(officerOf1, { municipalityId: 1, grants: [{ role: 'admin', municipalityId: null }] })).toBe(false);
  });
});
