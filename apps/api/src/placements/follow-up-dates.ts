import { followUpMonths, type FollowUpMonths } from '@solidaria/core';

/** The day a follow-up falls due: the same day `months` later, or that month's last day (31 Jan + 1 → 28/29 Feb). */
export function followUpDueOn(startsOn: string, months: number): string {
  const [year, month, day] = startsOn.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export interface FollowUpState {
  months: FollowUpMonths;
  dueOn: string;
  /** due: today is the day or later and nothing is recorded yet; overdue: a month past that. */
  state: 'upcoming' | 'due' | 'overdue' | 'recorded';
}

/** Where each of a placement's three follow-ups stands on `today` (a date in the municipality). */
export function followUpStates(startsOn: string, recorded: readonly number[], today: string): FollowUpState[] {
  return followUpMonths.map((months) => {
    const dueOn = followUpDueOn(startsOn, months);
    const state = recorded.includes(months) ? 'recorded' : dueOn > today ? 'upcoming' : followUpDueOn(dueOn, 1) <= today ? 'overdue' : 'due';
    return { months, dueOn, state };
  });
}
