/** Why a match scores what it does, in the page's language, and the skills it lacks. */
export interface Explained {
  for: string[];
  against: string[];
  missingRequired: string[];
  missingDesired: string[];
}

/** Where a person stands with applying to an offer through Solidaria, as the offer's page shows it. */
export type ApplyStanding =
  | { kind: 'signed_out'; loginHref: string }
  | { kind: 'not_seeker' }
  | { kind: 'no_profile' }
  | { kind: 'applied'; justNow: boolean }
  | { kind: 'open' };
