import { describe, expect, it } from 'vitest';
import { parsePriceMinor } from './price';

describe('a price typed in major units', () => {
  it.each([
    ['1500', 150000],
    ['1.500', 150000],
    ['1,500', 150000],
    ['1 500', 150000],
    ['1500,50', 150050],
    ['1500.5', 150050],
    ['1.500,50', 150050],
    ['1,500.50', 150050],
    ['1.234.567', 123456700],
    ['₡2500', 250000],
    ['0', 0],
  ])('reads %s as %i minor units', (typed, minor) => {
    expect(parsePriceMinor(typed)).toBe(minor);
  });

  it.each(['', 'abc', '1.50.0', '15,000,5', '1500,', '-5', '1.5000', '12,345.6.7', '1.500.50'])('refuses %s', (typed) => {
    expect(parsePriceMinor(typed)).toBeNull();
  });
});
