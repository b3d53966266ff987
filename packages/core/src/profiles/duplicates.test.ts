import { describe, expect, it } from 'vitest';
import { duplicateReason } from './duplicates';

const ana = { phone: '+50688881234', displayName: 'Ana María Pérez', birthDate: '1990-05-01' };

describe('possible duplicate registrations', () => {
  it('flags the same phone, since families share phones but the office should know', () => {
    expect(duplicateReason(ana, { phone: '+50688881234', displayName: 'Luis Pérez', birthDate: '1960-01-01' })).toBe('same_phone');
  });

  it('flags a similar name with the same birth year, accents and word order aside', () => {
    expect(duplicateReason(ana, { phone: null, displayName: 'Perez Ana Maria', birthDate: '1990-11-30' })).toBe('similar_name_same_birth_year');
    expect(duplicateReason(ana, { phone: null, displayName: 'Ana Marìa Peres', birthDate: '1990-02-02' })).toBe('similar_name_same_birth_year');
  });

  it('compares names by the office search’s fold: capitals, and letters beyond Latin-1, aside', () => {
    const soren = { phone: null, displayName: 'SØREN ÆRØ', birthDate: '1990-05-01' };
    expect(duplicateReason(soren, { phone: null, displayName: 'Soren Aero', birthDate: '1990-01-01' })).toBe('similar_name_same_birth_year');
    expect(duplicateReason(ana, { phone: null, displayName: 'ANA MARÍA PÉREZ', birthDate: '1990-01-01' })).toBe('similar_name_same_birth_year');
  });

  it('does not flag a similar name born in another year, or a different name', () => {
    expect(duplicateReason(ana, { phone: null, displayName: 'Ana María Pérez', birthDate: '1991-05-01' })).toBeNull();
    expect(duplicateReason(ana, { phone: null, displayName: 'Rosa Delia Gómez', birthDate: '1990-05-01' })).toBeNull();
  });
});
