import type { ApplicationState } from './offer';

/** Who moves an application: the employer through its pipeline, the person only out of it. */
export type ApplicationParty = 'employer' | 'seeker';

const employerMoves: Partial<Record<ApplicationState, readonly ApplicationState[]>> = {
  applied: ['shortlisted', 'rejected'],
  shortlisted: ['interview', 'offered', 'rejected'],
  interview: ['offered', 'rejected'],
  offered: ['hired', 'rejected'],
};

export const finalApplicationStates: readonly ApplicationState[] = ['hired', 'rejected', 'withdrawn'];

/** Whether `party` may move an application from `from` to `to`. */
export function canMoveApplication(from: ApplicationState, to: ApplicationState, party: ApplicationParty): boolean {
  if (party === 'seeker') return to === 'withdrawn' && !finalApplicationStates.includes(from);
  return employerMoves[from]?.includes(to) ?? false;
}
