import { describe, expect, it } from 'vitest';
import { countryCodes } from '../municipalities/municipality';
import { FAR_ABOVE_FACTOR, majorGroupOf, monthlyMaxMinor, toMonthly, usualMonthlyPay } from './usual-pay';

const groups = [null, '0110', '1120', '2149', '3119', '4110', '5120', '6113', '7126', '8322', '9112'];

describe('the usual pay table', () => {
  it('has a range for every country and ISCO major group, in whole minor units, lowest below highest', () => {
    for (const country of countryCodes) {
      for (const isco of groups) {
        const { minMinor, maxMinor } = usualMonthlyPay(country, isco);
        expect(Number.isInteger(minMinor) && Number.isInteger(maxMinor), `${country} ${isco}`).toBe(true);
        expect(minMinor, `${country} ${isco}`).toBeGreaterThan(0);
        expect(maxMinor, `${country} ${isco}`).toBeGreaterThan(minMinor);
      }
    }
  });

  it('starts elementary work near each country’s 2025 legal minimum', () => {
    // Costa Rica's domestic-work minimum ₡258 376; Guatemala's maquila minimum with bonus Q3 347;
    // Honduras' smallest-firm average L12 192 (agriculture lower); Panama's lowest rates ≈ $340.
    expect(usualMonthlyPay('CR', '9111').minMinor).toBe(258_000_00);
    expect(usualMonthlyPay('GT', '9111').minMinor).toBe(3_350_00);
    expect(usualMonthlyPay('HN', '9111').minMinor).toBeLessThanOrEqual(12_192_00);
    expect(usualMonthlyPay('PA', '6111').minMinor).toBe(340_00);
  });

  it('pays professionals more than elementary occupations in every country', () => {
    for (const country of countryCodes) expect(usualMonthlyPay(country, '2149').maxMinor).toBeGreaterThan(usualMonthlyPay(country, '9112').maxMinor);
  });

  it('uses the default row when the occupation is unknown or not an ISCO code', () => {
    expect(majorGroupOf(null)).toBe('default');
    expect(majorGroupOf('')).toBe('default');
    expect(majorGroupOf('x12')).toBe('default');
    expect(majorGroupOf('5120')).toBe('5');
  });

  it('turns pay per hour, day and week into a month: 8 h × 26 days, 26 days, 4.33 weeks', () => {
    expect(toMonthly(100, 'hour')).toBe(20_800);
    expect(toMonthly(100, 'day')).toBe(2_600);
    expect(toMonthly(100, 'week')).toBeCloseTo(433);
    expect(toMonthly(100, 'month')).toBe(100);
    expect(monthlyMaxMinor({ kind: 'range', minMinor: 1_000, maxMinor: 2_000, period: 'day' })).toBe(52_000);
    expect(monthlyMaxMinor({ kind: 'to_agree' })).toBeNull();
  });

  it('calls "far above" more than 2.5 times the top of the range', () => {
    expect(FAR_ABOVE_FACTOR).toBe(2.5);
  });
});
