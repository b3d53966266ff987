import { describe, expect, it } from 'vitest';
import { countryCodes } from '../municipalities/municipality';
import { normaliseTaxId, taxIdProblem } from './tax-id';

const valid = (country: Parameters<typeof taxIdProblem>[0], raw: string) => expect(taxIdProblem(country, raw), raw).toBeNull();
const invalid = (country: Parameters<typeof taxIdProblem>[0], raw: string) => expect(taxIdProblem(country, raw), raw).not.toBeNull();

describe('Costa Rica: cédula jurídica', () => {
  it('accepts the documented classes and legal types, with or without hyphens or spaces', () => {
    for (const id of ['3-101-123456', '3101123456', '3 101 123456', '3-102-654321', '3-002-045678', '3-006-712345', '3-014-042058', '4-000-042138', '2-100-042005'])
      valid('CR', id);
  });

  it('refuses a wrong length, letters, or a class and type that do not exist', () => {
    for (const id of ['310112345', '31011234567', '3-101-12345A', '1-101-123456', '3-534-123559', '4-101-123456', '', 'en trámite']) invalid('CR', id);
  });

  it('writes it as class-type-number', () => {
    expect(normaliseTaxId('CR', ' 3101123456 ')).toBe('3-101-123456');
    expect(normaliseTaxId('CR', '3.101.123456')).toBe('3-101-123456');
    expect(normaliseTaxId('CR', '3 - 101 - 123456')).toBe('3-101-123456');
  });
});

describe('Guatemala: NIT with its modulo 11 check digit', () => {
  // Worked by hand: 576937 → 7·2+3·3+9·4+6·5+7·6+5·7 = 166, 166 mod 11 = 1, 11 − 1 = 10 → K.
  // 4560123 → from the right 3·2+2·3+1·4+0·5+6·6+5·7+4·8 = 108, 108 mod 11 = 9, 11 − 9 = 2.
  it('accepts numbers whose check digit matches, as digits or K, with or without the hyphen', () => {
    for (const id of ['576937-K', '576937k', '7108-0', '42932-5', '3952550-3', '39525503', '1234567-9', '4560123-2', '12345678-9', '37-K', '0001234567-9'])
      valid('GT', id);
  });

  it('refuses a wrong check digit, letters, or a wrong length', () => {
    for (const id of ['8977112-0', '576937-1', '1234567-8', '4560123-K', '12A4567-9', '1234567890123', '5', '', 'CF']) invalid('GT', id);
  });

  it('explains a wrong check digit differently from a wrong shape', () => {
    expect(taxIdProblem('GT', '8977112-0')?.es).toMatch(/verificador no corresponde/);
    expect(taxIdProblem('GT', 'ABC')?.es).toMatch(/de 1 a 11 dígitos/);
  });

  it('writes it as number-hyphen-check digit, without leading zeros, K in capitals', () => {
    expect(normaliseTaxId('GT', '576937k')).toBe('576937-K');
    expect(normaliseTaxId('GT', '39525503')).toBe('3952550-3');
    expect(normaliseTaxId('GT', ' 000 1234567 - 9 ')).toBe('1234567-9');
  });
});

describe('Honduras: RTN', () => {
  it('accepts 14 digits, grouped by hyphens or spaces or not', () => {
    for (const id of ['08011990123456', '0801-1990-123456', '0501 1998 012345', '05019995123456']) valid('HN', id);
  });

  it('refuses 13 or 15 digits and letters', () => {
    for (const id of ['0801199012345', '080119901234567', '0801-1990-12345X', '']) invalid('HN', id);
  });

  it('writes it as the 14 digits', () => {
    expect(normaliseTaxId('HN', '0801-1990-123456')).toBe('08011990123456');
    expect(normaliseTaxId('HN', ' 0801 1990 123456 ')).toBe('08011990123456');
  });
});

describe('Panama: RUC (structure only)', () => {
  it('accepts companies with or without their DV, and natural persons with their prefixes', () => {
    for (const id of [
      '155704412-2-2021',
      '155704412-2-2021 DV 45',
      '155704412-2-2021 D.V. 9',
      '155704412-2-2021DV45',
      '253-92-57027 DV 76',
      '8-123-456',
      '8-1003-182534',
      '4-758-2134 DV 12',
      'E-8-123456',
      'N-19-1234',
      'PE-10-1234',
      '8AV-123-456',
      '13-456-789',
    ])
      valid('PA', id);
  });

  it('refuses ids without the hyphenated groups, unknown prefixes or a three-digit DV', () => {
    for (const id of ['155704412', '1557044122 2021', '8-123', 'X-8-123456', '8-PX-123-456', '155704412-2-2021 DV 456', '8-123-456-7', '']) invalid('PA', id);
  });

  it('writes the groups with hyphens and the DV as two digits after "DV"', () => {
    expect(normaliseTaxId('PA', ' 155704412 - 2 - 2021  d.v. 9 ')).toBe('155704412-2-2021 DV 09');
    expect(normaliseTaxId('PA', '155704412-2-2021DV45')).toBe('155704412-2-2021 DV 45');
    expect(normaliseTaxId('PA', 'pe-10-1234')).toBe('PE-10-1234');
  });
});

describe('the reasons', () => {
  it('say in Spanish and in English what is expected, with an example', () => {
    for (const country of countryCodes) {
      const reason = taxIdProblem(country, '12');
      expect(reason, country).not.toBeNull();
      expect(reason!.es.length).toBeGreaterThan(20);
      expect(reason!.en.length).toBeGreaterThan(20);
      expect(reason!.es).not.toBe(reason!.en);
      expect(reason!.es).toMatch(/por ejemplo/);
      expect(reason!.en).toMatch(/for example/);
    }
  });

  it('accept what the normalised form prints, so an id can be stored normalised and checked again', () => {
    const samples = { CR: '3101123456', GT: '576937k', HN: '0801 1990 123456', PA: '155704412-2-2021 d.v. 9' } as const;
    for (const country of countryCodes) expect(taxIdProblem(country, normaliseTaxId(country, samples[country])), country).toBeNull();
  });
});
