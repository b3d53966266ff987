import { describe, expect, it } from 'vitest';
import { parsePriceMinor } from '../market/price';
import { priceText } from './price-text';

describe('a saved price in the edit form', () => {
  it('reads back to the same minor units', () => {
    for (const minor of [0, 5, 150_000, 150_050, 99, 123_456_789]) expect(parsePriceMinor(priceText(minor))).toBe(minor);
    expect(priceText(150_050)).toBe('1500,50');
  });
});
