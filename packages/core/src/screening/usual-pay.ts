// The usual monthly pay for a full-time job, by country and ISCO-08 major group, so the
// screening can tell an offer that pays "far above" what such work pays (a lure) from an
// ordinary one. Amounts are integers in minor units (×100) of the country's currency:
// CR in colones (CRC), GT in quetzales (GTQ), HN in lempiras (HNL), PA in US dollars.
//
// Sources and assumptions (2025–2026 legal minimum wages, private sector):
// - Costa Rica: Decreto 44756-MTSS for 2025 (+2.37 %): unskilled (TONC) ₡367 108 a month,
//   domestic work ₡258 376, receptionist ₡399 204, secondary technician ₡432 819,
//   diplomado ₡576 094, university bachiller ₡653 427, licenciado ₡784 139; the CNS
//   raised them 1.63 % for 2026 (TONC ≈ ₡373 092, licenciado ≈ ₡796 921).
// - Guatemala: Acuerdo Gubernativo 264-2024 for 2025: non-agricultural Q3 550.60
//   (departments) to Q3 723.05 (Guatemala City), maquila from Q3 097.21, plus the Q250
//   bonificación incentivo that offers quote with the pay; 256-2025 adds 7.5 % for 2026
//   (non-agricultural, capital: Q4 252.28 with the bonus).
// - Honduras: Acuerdo SETRASS-109-2024 for 2025: average minimum L12 191.70 (1–10
//   workers) to L16 910.90 (151 or more), agriculture lower (about L10 000).
// - Panama: Decreto Ejecutivo 13 of 31 December 2025 (2026–2027), hourly rates from
//   $1.64 (small farms) to about $3.51 (construction, region 1), i.e. about $340 to $730
//   a month at 208 hours; the 2024–2025 average was $636.80.
// The lower end of each row is about the legal minimum for that kind of work; the upper
// end is what an ordinary, experienced worker of the group is offered, from the minimum
// wage multiples the categories themselves show (a licenciado earns about 2.1× the
// unskilled minimum in Costa Rica) and rounded generously: the table only has to say
// what is wildly out of line, not set anyone's pay. Review it each January.

import type { CountryCode } from '../municipalities/municipality';
import type { OfferSalary, SalaryPeriod } from '../offers/offer';
import type { TextCurrency } from './amounts';

export interface PayRange {
  minMinor: number;
  maxMinor: number;
}

/** ISCO-08 major groups: '0' armed forces … '9' elementary occupations; 'default' when the occupation is unknown. */
export type IscoMajorGroup = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'default';

// [lowest, highest] usual monthly pay in major units; turned into minor units below.
const MAJOR_UNITS: Record<CountryCode, Record<IscoMajorGroup, [number, number]>> = {
  CR: {
    '0': [370_000, 900_000],
    '1': [650_000, 2_500_000], // managers
    '2': [790_000, 1_800_000], // professionals: from the licenciado minimum
    '3': [430_000, 950_000], // technicians: from the técnico medio minimum
    '4': [400_000, 700_000], // clerical support
    '5': [370_000, 650_000], // services and sales
    '6': [330_000, 550_000], // skilled agriculture
    '7': [400_000, 750_000], // crafts and trades
    '8': [400_000, 700_000], // plant and machine operators
    '9': [258_000, 520_000], // elementary: from the domestic-work minimum
    default: [258_000, 1_000_000],
  },
  GT: {
    '0': [3_800, 9_000],
    '1': [7_000, 30_000],
    '2': [6_000, 18_000],
    '3': [4_500, 10_000],
    '4': [3_900, 7_000],
    '5': [3_700, 6_000],
    '6': [3_600, 5_000],
    '7': [3_900, 7_000],
    '8': [3_900, 6_500],
    '9': [3_350, 5_000], // from the maquila minimum with the bonus
    default: [3_350, 10_000],
  },
  HN: {
    '0': [12_000, 30_000],
    '1': [25_000, 100_000],
    '2': [20_000, 60_000],
    '3': [15_000, 35_000],
    '4': [12_500, 22_000],
    '5': [12_000, 20_000],
    '6': [10_000, 16_000],
    '7': [12_500, 24_000],
    '8': [12_500, 22_000],
    '9': [11_000, 17_000],
    default: [10_000, 35_000],
  },
  PA: {
    '0': [650, 1_600],
    '1': [1_200, 5_000],
    '2': [1_000, 3_000],
    '3': [700, 1_800],
    '4': [620, 1_200],
    '5': [560, 1_000],
    '6': [340, 800],
    '7': [650, 1_300],
    '8': [620, 1_200],
    '9': [450, 850],
    default: [340, 1_800],
  },
};

export function majorGroupOf(iscoCode: string | null): IscoMajorGroup {
  const first = iscoCode?.trim()[0];
  return first && /[0-9]/.test(first) ? (first as IscoMajorGroup) : 'default';
}

/** The usual monthly pay, in minor units, for an occupation (its ISCO code) in a country. */
export function usualMonthlyPay(country: CountryCode, iscoCode: string | null): PayRange {
  const [min, max] = MAJOR_UNITS[country][majorGroupOf(iscoCode)];
  return { minMinor: min * 100, maxMinor: max * 100 };
}

/**
 * "Far above" the usual pay: more than this many times the top of the usual range. At
 * 2.5× a cleaner in Costa Rica offered over ₡1 300 000 a month, or a farmhand in
 * Guatemala over Q12 500, is sent to review; a well-paid ordinary job is not.
 */
export const FAR_ABOVE_FACTOR = 2.5;

// Hours in a month of full-time work: 8 a day, 26 working days; a month has 4.33 weeks.
const PER_MONTH: Record<SalaryPeriod, number> = {
  hour: 8 * 26,
  day: 26,
  week: 4.33,
  month: 1,
};

/** An amount paid per period, as a monthly amount ("quincena" is half a month). */
export function toMonthly(amount: number, period: SalaryPeriod | 'fortnight' | 'year'): number {
  if (period === 'fortnight') return amount * 2;
  if (period === 'year') return amount / 12;
  return amount * PER_MONTH[period];
}

/** The highest monthly pay a structured salary promises, in minor units; null when none is stated. */
export function monthlyMaxMinor(salary: OfferSalary): number | null {
  return salary.kind === 'range' ? Math.round(toMonthly(salary.maxMinor, salary.period)) : null;
}

// Rough exchange rates (units of each currency per US dollar, late 2025), only to compare
// a sum written in another currency ("gana $2,000" in Honduras) with the usual pay.
const PER_USD: Record<TextCurrency, number> = { USD: 1, CRC: 505, GTQ: 7.7, HNL: 26.2, EUR: 0.86, MXN: 18.5 };
const COUNTRY_CURRENCY: Record<CountryCode, TextCurrency> = { CR: 'CRC', GT: 'GTQ', HN: 'HNL', PA: 'USD' };

/** An amount written in the text, in the country's currency (major units). */
export function inCountryCurrency(value: number, currency: TextCurrency | null, country: CountryCode): number {
  const local = COUNTRY_CURRENCY[country];
  const from = currency ?? local;
  return from === local ? value : (value / PER_USD[from]) * PER_USD[local];
}
