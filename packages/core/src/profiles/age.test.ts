import { describe, expect, it } from 'vitest';
import { ageBand, ageOn, mayApplyByAge, workingAge } from './age';

const on = new Date('2026-11-27T12:00:00Z');

describe('working age', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('2011-11-27', on)).toBe(15);
    expect(ageOn('2011-11-28', on)).toBe(14);
  });

  it('lets no 14-year-old apply to anything, even an offer for adolescents', () => {
    expect(workingAge('2012-01-01', on)).toBe('child');
    expect(mayApplyByAge('2012-01-01', { suitableForAdolescents: true }, on)).toBe(false);
    expect(mayApplyByAge('2012-01-01', { suitableForAdolescents: false }, on)).toBe(false);
  });

  it('lets a 16-year-old apply only to offers marked suitable for adolescents', () => {
    expect(mayApplyByAge('2010-06-01', { suitableForAdolescents: true }, on)).toBe(true);
    expect(mayApplyByAge('2010-06-01', { suitableForAdolescents: false }, on)).toBe(false);
  });

  it('lets an adult apply to any offer', () => {
    expect(mayApplyByAge('1990-05-01', { suitableForAdolescents: false }, on)).toBe(true);
  });

  it('gives bands for the figures, not exact ages', () => {
    expect(ageBand('1990-05-01', on)).toBe('35-44');
    expect(ageBand('2010-06-01', on)).toBe('under-18');
  });
});
