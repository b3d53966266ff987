import { describe, expect, it } from 'vitest';
import { majorToMinor, minorToMajor } from './employer-money';

describe('pay typed by an employer', () => {
  it('reads colones written with or without thousands separators as minor units', () => {
    expect(majorToMinor('450000')).toBe(45_000_000);
    expect(majorToMinor('450.000')).toBe(45_000_000);
    expect(majorToMinor('450,000')).toBe(45_000_000);
    expect(majorToMinor('₡ 1.250.000')).toBe(125_000_000);
    expect(majorToMinor('3 500')).toBe(350_000);
  });

  it('reads cents when there are one or two digits after the mark', () => {
    expect(majorToMinor('800.50')).toBe(80_050);
    expect(majorToMinor('12,5')).toBe(1_250);
  });

  it('refuses what is not an amount', () => {
    for (const typed of ['', 'mucho', '-5', '1.2.3', '450.0000']) expect(majorToMinor(typed)).toBeNaN();
  });

  it('writes minor units back as a person would type them', () => {
    expect(minorToMajor(45_000_000)).toBe('450000');
    expect(minorToMajor(80_050)).toBe('800.50');
  });
});
