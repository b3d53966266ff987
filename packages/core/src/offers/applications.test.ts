import { describe, expect, it } from 'vitest';
import { canMoveApplication, type ApplicationParty } from './applications';
import { applicationStates, type ApplicationState } from './offer';

// Every move the pipeline allows; anything else is forbidden.
const ALLOWED: [ApplicationState, ApplicationState, ApplicationParty][] = [
  ['applied', 'shortlisted', 'employer'],
  ['applied', 'rejected', 'employer'],
  ['shortlisted', 'interview', 'employer'],
  ['shortlisted', 'offered', 'employer'],
  ['shortlisted', 'rejected', 'employer'],
  ['interview', 'offered', 'employer'],
  ['interview', 'rejected', 'employer'],
  ['offered', 'hired', 'employer'],
  ['offered', 'rejected', 'employer'],
  ['applied', 'withdrawn', 'seeker'],
  ['shortlisted', 'withdrawn', 'seeker'],
  ['interview', 'withdrawn', 'seeker'],
  ['offered', 'withdrawn', 'seeker'],
];

describe('the application pipeline', () => {
  const allowed = new Set(ALLOWED.map((m) => m.join(' ')));
  for (const party of ['employer', 'seeker'] as const) {
    for (const from of applicationStates) {
      for (const to of applicationStates) {
        const expected = allowed.has(`${from} ${to} ${party}`);
        it(`${expected ? 'lets' : 'does not let'} the ${party} move ${from} → ${to}`, () => {
          expect(canMoveApplication(from, to, party)).toBe(expected);
        });
      }
    }
  }
});
