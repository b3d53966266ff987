import { describe, expect, it } from 'vitest';
import { followUpDueOn, followUpStates } from './follow-up-dates';

describe('follow-up dates', () => {
  it('fall on the same day 1, 3 and 6 months after the start, or on the last day of a shorter month', () => {
    expect(followUpDueOn('2026-01-15', 1)).toBe('2026-02-15');
    expect(followUpDueOn('2026-01-31', 1)).toBe('2026-02-28');
    expect(followUpDueOn('2028-01-31', 1)).toBe('2028-02-29');
    expect(followUpDueOn('2026-08-31', 6)).toBe('2027-02-28');
    expect(followUpDueOn('2026-10-05', 3)).toBe('2027-01-05');
  });

  it('are upcoming before the day, due from it, overdue a month later, and recorded once answered', () => {
    const states = (today: string, recorded: number[] = []) => followUpStates('2026-01-10', recorded, today).map((s) => s.state);
    expect(states('2026-02-09')).toEqual(['upcoming', 'upcoming', 'upcoming']);
    expect(states('2026-02-10')).toEqual(['due', 'upcoming', 'upcoming']);
    expect(states('2026-03-10')).toEqual(['overdue', 'upcoming', 'upcoming']);
    expect(states('2026-04-10', [1])).toEqual(['recorded', 'due', 'upcoming']);
  });
});
