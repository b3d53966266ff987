import type { CountryCode } from '../municipalities/municipality';
import type { Localised } from '../screening/types';

/*
 * An employer's tax id, by the country of its municipality. Each country's canonical form
 * is the one its tax office and its people write, so an officer can compare it with a
 * registry at a glance:
 *
 * - CR, cédula jurídica: `3-101-123456` (class, legal type, sequence), with hyphens.
 * - GT, NIT: `576937-K` (number, hyphen, check digit), without leading zeros.
 * - HN, RTN: `08011990123456`, the 14 digits without separators, as SAR prints them.
 * - PA, RUC: the groups with hyphens (`155704412-2-2021`, `8-123-456`, `E-8-12345`),
 *   then ` DV 07` when the dígito verificador was given.
 *
 * Only Guatemala's NIT has a check digit we verify: its algorithm (modulo 11) is public.
 * Honduras publishes no check digit for the RTN. Panama's DV depends on the kind of
 * RUC, which the number alone does not always tell, and its algorithm is not published
 * by the DGI; we check its structure only and let the office verify it in the registry.
 */

const CR_EXAMPLE = '3-101-123456';
const GT_EXAMPLE = '576937-K';
const HN_EXAMPLE = '0801-1990-123456';
const PA_EXAMPLE = '155704412-2-2021 DV 45';

/**
 * Legal classes and types of the cédula jurídica, from the Registro Nacional's list of
 * classes and types: class 2 the powers of the State, 3 private and municipal legal
 * persons (3-101 sociedad anónima, 3-102 SRL, 3-002 association, 3-006 foundation,
 * 3-014 municipality, …), 4 autonomous institutions, 5 the 5-001 type.
 */
const CR_TYPES: Record<string, readonly string[]> = {
  '2': ['100', '200', '300', '400'],
  '3': [
    '002', '003', '004', '005', '006', '007', '008', '009', '010', '011', '012', '013', '014',
    '101', '102', '103', '104', '105', '106', '107', '108', '109', '110',
  ],
  '4': ['000'],
  '5': ['001'],
};

/** Panama's natural persons: province 1–13 (optionally AV or PI) or E, N, PE; tomo; asiento. */
const PA_NATURAL = /^(?:(?:[1-9]|1[0-3])(?:AV|PI)?|E|N|PE)-\d{1,4}-\d{1,6}$/;
/** Panama's legal persons: ficha or tomo (up to 10 digits), rollo or folio, asiento or year. */
const PA_LEGAL = /^\d{1,10}-\d{1,4}-\d{1,6}$/;
const PA_DV = /^(.*?)(?:D\.?\s*V\.?\s*(\d{1,2}))?$/;

function compact(raw: string, separators: RegExp): string {
  return raw.trim().toUpperCase().replace(separators, '');
}

/** The Guatemalan NIT's check digit: weights 2, 3, 4 … from the right, modulo 11, 10 is K. */
function guatemalaNitCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) sum += Number(body[body.length - 1 - i]) * (i + 2);
  const digit = (11 - (sum % 11)) % 11;
  return digit === 10 ? 'K' : String(digit);
}

function splitPanama(raw: string): { ruc: string; dv: string | null } {
  const upper = raw.trim().toUpperCase().replace(/\s*-\s*/g, '-');
  const [, rucPart = '', dv] = PA_DV.exec(upper) ?? [];
  return { ruc: rucPart.trim().replace(/-$/, ''), dv: dv ?? null };
}

/**
 * The tax id in its country's canonical written form (see the top of this file). An id
 * that does not have the country's shape comes back trimmed, upper-cased and without
 * spaces, so that the same wrong id is stored the same way whoever typed it.
 */
export function normaliseTaxId(country: CountryCode, raw: string): string {
  switch (country) {
    case 'CR': {
      const digits = compact(raw, /[\s.-]/g);
      return /^\d{10}$/.test(digits) ? `${digits[0]}-${digits.slice(1, 4)}-${digits.slice(4)}` : digits;
    }
    case 'GT': {
      const nit = compact(raw, /[\s-]/g).replace(/^0+(?=.)/, '');
      return /^\d+[\dK]$/.test(nit) ? `${nit.slice(0, -1)}-${nit.slice(-1)}` : nit;
    }
    case 'HN':
      return compact(raw, /[\s-]/g);
    case 'PA': {
      const { ruc, dv } = splitPanama(raw);
      const compactRuc = ruc.replace(/\s+/g, '');
      return dv === null ? compactRuc : `${compactRuc} DV ${dv.padStart(2, '0')}`;
    }
  }
}

const reasons = {
  CR: {
    es: `La cédula jurídica tiene 10 dígitos: clase, tipo y número, por ejemplo ${CR_EXAMPLE}.`,
    en: `A Costa Rican cédula jurídica has 10 digits: class, legal type and number, for example ${CR_EXAMPLE}.`,
  },
  CRType: {
    es: `La cédula jurídica no empieza por una clase y un tipo conocidos (como 3-101, 3-102 o 3-002); por ejemplo ${CR_EXAMPLE}.`,
    en: `The cédula jurídica does not start with a known class and legal type (such as 3-101, 3-102 or 3-002); for example ${CR_EXAMPLE}.`,
  },
  GT: {
    es: `El NIT tiene de 1 a 11 dígitos, un guion y el dígito verificador (0–9 o K), por ejemplo ${GT_EXAMPLE}.`,
    en: `A Guatemalan NIT is 1 to 11 digits, a hyphen and the check digit (0–9 or K), for example ${GT_EXAMPLE}.`,
  },
  GTCheck: {
    es: `El dígito verificador no corresponde a ese NIT: revise el número, por ejemplo ${GT_EXAMPLE}.`,
    en: `The check digit does not match that NIT: check the number, for example ${GT_EXAMPLE}.`,
  },
  HN: {
    es: `El RTN tiene 14 dígitos, por ejemplo ${HN_EXAMPLE} o 08011990123456.`,
    en: `A Honduran RTN has 14 digits, for example ${HN_EXAMPLE} or 08011990123456.`,
  },
  PA: {
    es: `El RUC va en grupos separados por guiones, con el DV si lo tiene: por ejemplo ${PA_EXAMPLE} (empresas) u 8-123-456, E-8-12345, PE-10-1234 (personas).`,
    en: `A Panamanian RUC is groups separated by hyphens, with its DV if known: for example ${PA_EXAMPLE} (companies) or 8-123-456, E-8-12345, PE-10-1234 (persons).`,
  },
} satisfies Record<string, Localised>;

/** Why this tax id cannot be right for an organisation of this country, or null when it can. */
export function taxIdProblem(country: CountryCode, raw: string): Localised | null {
  switch (country) {
    case 'CR': {
      const digits = compact(raw, /[\s.-]/g);
      if (!/^\d{10}$/.test(digits)) return reasons.CR;
      const types = CR_TYPES[digits.slice(0, 1)];
      return types?.includes(digits.slice(1, 4)) ? null : reasons.CRType;
    }
    case 'GT': {
      const nit = compact(raw, /[\s-]/g).replace(/^0+(?=.)/, '');
      if (!/^\d{1,11}[\dK]$/.test(nit)) return reasons.GT;
      return guatemalaNitCheckDigit(nit.slice(0, -1)) === nit.slice(-1) ? null : reasons.GTCheck;
    }
    case 'HN':
      return /^\d{14}$/.test(compact(raw, /[\s-]/g)) ? null : reasons.HN;
    case 'PA': {
      const { ruc } = splitPanama(raw);
      return PA_NATURAL.test(ruc) || PA_LEGAL.test(ruc) ? null : reasons.PA;
    }
  }
}
