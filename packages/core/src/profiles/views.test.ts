import { describe, expect, it } from 'vitest';
import type { Profile } from './profile';
import { profileViewFor } from './views';

const on = new Date('2026-11-27T12:00:00Z');
const profile: Profile = {
  userId: 7, displayName: 'Ana Secreta', visibility: 'anonymous', updatedAt: on, headline: 'Cocinera',
  municipalityId: 1, birthDate: '1990-05-01', desiredOccupationIds: [3], skills: [{ skillId: 9, level: 'expert' }],
  languages: [{ code: 'es', level: 'native' }],
  workHistory: [{ title: 'Cocinera en casa Pérez', occupationId: 3, employer: 'Casa Pérez', months: 24, formal: false }],
  educationLevel: 'primary', availability: { fullTime: true, partTime: false, days: [], shifts: [], canStartOn: null, willingToRelocate: false },
  workAuthorization: 'refugee', workAuthorizationExpiresOn: null, gender: 'female', nationality: 'NI', populationGroup: 'refugee',
};
const verified = { kind: 'employer', verified: true, contactShared: false } as const;

describe('what each viewer sees of a profile', () => {
  it('shows a verified employer no name, age, history text or protection status of an anonymous profile', () => {
    const view = profileViewFor(profile, verified, on);
    const text = JSON.stringify(view);
    expect(view).toMatchObject({ kind: 'anonymous', experienceMonths: { formal: 0, informal: 24 } });
    for (const secret of ['Ana Secreta', '1990', 'refugee', 'Casa Pérez', 'female', 'NI']) expect(text).not.toContain(secret);
  });

  it('shows an unverified employer nothing', () => {
    expect(profileViewFor(profile, { ...verified, verified: false }, on)).toBeNull();
  });

  it('shows the name of a visible profile but never the protection status', () => {
    const view = profileViewFor({ ...profile, visibility: 'visible' }, verified, on);
    expect(view).toMatchObject({ kind: 'visible', displayName: 'Ana Secreta' });
    expect(JSON.stringify(view)).not.toContain('refugee');
  });

  it('hides a hidden profile and a minor’s profile from every employer', () => {
    expect(profileViewFor({ ...profile, visibility: 'hidden' }, verified, on)).toBeNull();
    expect(profileViewFor({ ...profile, visibility: 'visible', birthDate: '2010-01-01' }, verified, on)).toBeNull();
  });

  it('shows the person and the office everything', () => {
    expect(profileViewFor(profile, { kind: 'owner' }, on)).toEqual({ kind: 'full', profile });
    expect(profileViewFor(profile, { kind: 'office' }, on)).toEqual({ kind: 'full', profile });
  });
});
