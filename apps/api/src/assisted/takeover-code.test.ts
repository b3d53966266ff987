import { describe, expect, it } from 'vitest';
import { newTakeoverCode, normaliseTakeoverCode } from './takeover-code';

describe('takeover codes', () => {
  it('are 12 characters in groups of four, without letters that look like digits', () => {
    const codes = Array.from({ length: 200 }, newTakeoverCode);
    for (const code of codes) expect(code).toMatch(/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}(-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{4}){2}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('are read the way they were printed, whatever the case, spaces or dashes, and O, I or L typed for 0 and 1', () => {
    expect(normaliseTakeoverCode('7kq2 m9xd 4tra')).toBe('7KQ2-M9XD-4TRA');
    expect(normaliseTakeoverCode('O1IL-0000-AAAA')).toBe('0111-0000-AAAA');
    expect(normaliseTakeoverCode('7KQ2-M9XD-4TR')).toBeNull();
    expect(normaliseTakeoverCode('7KQ2-M9XD-4TRU')).toBeNull();
  });
});
