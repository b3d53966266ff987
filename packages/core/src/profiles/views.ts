import { workingAge } from './age';
import type { Profile } from './profile';

/** Who is looking at a profile, as far as the rules care. */
export type ProfileViewer =
  | { kind: 'owner' }
  | { kind: 'office' }
  | { kind: 'employer'; verified: boolean; contactShared: boolean }
  | { kind: 'other' };

/** What an employer may see: never a name, contact, photo, exact age or protection status. */
export interface AnonymousProfileView {
  kind: 'anonymous';
  id: number;
  municipalityId: number;
  desiredOccupationIds: number[];
  skills: Profile['skills'];
  languages: Profile['languages'];
  availability: Profile['availability'];
  educationLevel: Profile['educationLevel'];
  experienceMonths: { formal: number; informal: number };
}

export interface VisibleProfileView extends Omit<AnonymousProfileView, 'kind'> {
  kind: 'visible';
  displayName: string;
  headline: string;
  workHistory: Profile['workHistory'];
  /** Only once the person has shared it with this employer. */
  contactShared: boolean;
}

export type ProfileView = { kind: 'full'; profile: Profile } | AnonymousProfileView | VisibleProfileView;

/** Whether employers may find the profile at all: shown by its owner, and the owner an adult. */
export function isOfferedToEmployers(profile: Pick<Profile, 'visibility' | 'birthDate'>, now: Date): boolean {
  return profile.visibility !== 'hidden' && workingAge(profile.birthDate, now) === 'adult';
}

function anonymousView(profile: Profile): AnonymousProfileView {
  const months = (formal: boolean) => profile.workHistory.filter((w) => w.formal === formal).reduce((sum, w) => sum + w.months, 0);
  return {
    kind: 'anonymous',
    id: profile.userId,
    municipalityId: profile.municipalityId,
    desiredOccupationIds: profile.desiredOccupationIds,
    skills: profile.skills,
    languages: profile.languages,
    availability: profile.availability,
    educationLevel: profile.educationLevel,
    experienceMonths: { formal: months(true), informal: months(false) },
  };
}

/**
 * What of a profile a viewer may see, or null for nothing at all: the person sees all of
 * theirs, the municipal office all it serves; a verified employer the anonymous part, or
 * the name too when the person chose "visible"; nobody else anything.
 */
export function profileViewFor(profile: Profile, viewer: ProfileViewer, now: Date): ProfileView | null {
  if (viewer.kind === 'owner' || viewer.kind === 'office') return { kind: 'full', profile };
  if (viewer.kind !== 'employer' || !viewer.verified || !isOfferedToEmployers(profile, now)) return null;
  const anonymous = anonymousView(profile);
  if (profile.visibility === 'anonymous' && !viewer.contactShared) return anonymous;
  const { kind: _anonymous, ...rest } = anonymous;
  return {
    ...rest,
    kind: 'visible',
    displayName: profile.displayName,
    headline: profile.headline,
    workHistory: profile.workHistory,
    contactShared: viewer.contactShared,
  };
}

/**
 * What the organisation sees of someone who applied to one of its offers. Applying is the
 * person's own choice to be seen by it, so visibility does not hide them here; but an
 * adolescent (15–17) stays anonymous and without contact whatever they chose: the office
 * mediates, as the countries' rules on adolescent work require.
 */
export function applicantViewFor(profile: Profile, contactShared: boolean, now: Date): { view: AnonymousProfileView | VisibleProfileView; minor: boolean; contactShared: boolean } {
  const minor = workingAge(profile.birthDate, now) !== 'adult';
  if (minor || (!contactShared && profile.visibility !== 'visible')) return { view: anonymousView(profile), minor, contactShared: false };
  const { kind: _anonymous, ...rest } = anonymousView(profile);
  return {
    view: { ...rest, kind: 'visible', displayName: profile.displayName, headline: profile.headline, workHistory: profile.workHistory, contactShared },
    minor,
    contactShared,
  };
}
