import { describe, expect, it } from 'vitest';
import { addMonths, DAY_PATTERN, lastDayOf, MAX_PERIOD_MONTHS, MONTH_PATTERN, monthPeriodProblem, monthsCovered, monthsOf } from './months';

describe('the figures’ months', () => {
  it('lists every month of a period, across a new year', () => {
    expect(monthsOf('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf('2026-03', '2026-03')).toEqual(['2026-03']);
    expect(monthsOf('2026-04', '2026-03')).toEqual([]);
  });

  it('counts months forwards and backwards across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-11', -11)).toBe('2025-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(monthsCovered('2021-12', '2026-11')).toBe(60);
  });

  it('ends each month on its last day, 29 February in a leap year', () => {
    expect(lastDayOf('2026-01')).toBe('2026-01-31');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(lastDayOf('2026-12')).toBe('2026-12-31');
  });

  it('tells a month from a day, and refuses months that do not exist', () => {
    expect(MONTH_PATTERN.test('2026-01')).toBe(true);
    expect(['2026-1', '2026-13', '2026-00', '2026-01-15', '202601', '0000-05', '9999-12', '1899-12'].filter((v) => MONTH_PATTERN.test(v))).toEqual([]);
    expect(['1900-01', '2999-12'].every((v) => MONTH_PATTERN.test(v))).toBe(true);
    expect(DAY_PATTERN.test('2026-01-15')).toBe(true);
    expect(DAY_PATTERN.test('2026-01')).toBe(false);
  });

  it('allows a period of one month up to five years, and says what is wrong with any other', () => {
    expect(monthPeriodProblem('2026-01', '2026-01')).toBeNull();
    expect(monthPeriodProblem('2021-12', '2026-11')).toBeNull();
    expect(MAX_PERIOD_MONTHS).toBe(60);
    expect(monthPeriodProblem('2021-11', '2026-11')).toMatch(/five years/);
    expect(monthPeriodProblem('2026-05', '2026-04')).toMatch(/first month/);
  });
});
