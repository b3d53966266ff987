import { describe, expect, it } from 'vitest';
import { parseIdentifier } from './identifier';

describe('reading what a person typed as their sign-in identifier', () => {
  it('trims and lower-cases an e-mail address, so "Ana@Example.com" and "ana@example.com" are one account', () => {
    expect(parseIdentifier('  Ana.Perez@Example.COM  ')).toEqual({ kind: 'email', value: 'ana.perez@example.com' });
    expect(parseIdentifier('ana.perez@example.com')).toEqual(parseIdentifier('ANA.PEREZ@EXAMPLE.COM'));
  });

  it('refuses e-mail addresses that cannot receive mail', () => {
    for (const typed of ['ana@', '@example.com', 'ana@example', 'ana perez@example.com', 'ana@@example.com']) {
      expect(parseIdentifier(typed), typed).toBeNull();
    }
  });

  it('refuses an e-mail address longer than 254 characters', () => {
    const domain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;
    const longest = `${'a'.repeat(64)}@${domain}`;
    expect(longest).toHaveLength(254);
    expect(parseIdentifier(longest)).toEqual({ kind: 'email', value: longest });
    expect(parseIdentifier(`${'a'.repeat(64)}@${domain.replace('.com', 'x.com')}`)).toBeNull();
  });

  it('accepts Costa Rican, Guatemalan, Honduran and Panamanian numbers and stores them in E.164', () => {
    expect(parseIdentifier('+506 8888 1234')).toEqual({ kind: 'phone', value: '+50688881234' });
    expect(parseIdentifier('+502 5512-3456')).toEqual({ kind: 'phone', value: '+50255123456' });
    expect(parseIdentifier('+504 9912 3456')).toEqual({ kind: 'phone', value: '+50499123456' });
    expect(parseIdentifier('+507 6123-4567')).toEqual({ kind: 'phone', value: '+50761234567' });
    expect(parseIdentifier('  +50688881234 ')).toEqual({ kind: 'phone', value: '+50688881234' });
  });

  it('reads a Costa Rican local number as E.164 when the country is given', () => {
    expect(parseIdentifier('8888 1234', 'CR')).toEqual({ kind: 'phone', value: '+50688881234' });
    expect(parseIdentifier('8888-1234', 'CR')).toEqual({ kind: 'phone', value: '+50688881234' });
  });

  it('reads a local number in the country given, so the same digits in Panama are a Panamanian number', () => {
    expect(parseIdentifier('6123-4567', 'PA')).toEqual({ kind: 'phone', value: '+50761234567' });
    expect(parseIdentifier('5512 3456', 'GT')).toEqual({ kind: 'phone', value: '+50255123456' });
  });

  it('keeps the country code a person typed, even when another country is given', () => {
    expect(parseIdentifier('+506 8888 1234', 'PA')).toEqual({ kind: 'phone', value: '+50688881234' });
  });

  it('refuses a local number when no country is given to read it in', () => {
    expect(parseIdentifier('8888 1234')).toBeNull();
  });

  it('refuses phone numbers that cannot exist', () => {
    for (const typed of ['+506 1234 5678', '+506 8888 123', '12345', 'abc', '', '   ', '+506 8888 1234 ext 5']) {
      expect(parseIdentifier(typed), typed).toBeNull();
    }
  });

  // Bug: the first character must be "+" or a digit, so the common written form with the
  // code in parentheses is refused, although "+506 (8888) 1234" is accepted and
  // libphonenumber reads both correctly.
  it('accepts a number written with its country code in parentheses, as it is often printed in the region', () => {
    expect(parseIdentifier('(+506) 8888-1234')).toEqual({ kind: 'phone', value: '+50688881234' });
    expect(parseIdentifier('(507) 6123-4567', 'PA')).toEqual({ kind: 'phone', value: '+50761234567' });
  });
});
