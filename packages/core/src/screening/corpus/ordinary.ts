// Ordinary offers for the corpus test: real titles and descriptions dressed as offers in
// the programme's countries, with what an honest employer would fill in — a salary inside
// the usual range for the occupation and country, a verified organisation, no copies.

import type { CountryCode } from '../../municipalities/municipality';
import type { SalaryPeriod } from '../../offers/offer';
import type { ScreeningContext, ScreeningInput } from '../types';
import { usualMonthlyPay } from '../usual-pay';

export interface CorpusOffer {
  /** Where the offer came from, to name it when it fails. */
  id: string;
  input: ScreeningInput;
  context: ScreeningContext;
}

// An ISCO-08 code for a title as people type it ("ayudante general", "chofer repartidor"):
// the first keyword that matches, most specific first. Unmatched titles get none (the
// table's default row), as an offer with no occupation chosen would.
const TITLE_TO_ISCO: [RegExp, string][] = [
  [/gerente|director|jefe de|coordinador/, '1120'],
  [/medico|ingenier|programador|desarrollador|contador|abogad|arquitect|maestr|profesor|docente|psicolog|licenciad|analista/, '2149'],
  [/enfermer|tecnic|supervisor|auxiliar contable|diseñador|disenador|ejecutivo/, '3119'],
  [/recepcion|secretari|administrativ|capturista|almacenista|call center|telefonist|telemarketing|auxiliar de oficina|cajer[oa] bancari/, '4110'],
  [/ayudante de cocina|lavaloza|limpieza|intendencia|afanador|ayudante general|empacador|cargador|peon|jornalero|barrendero|mozo/, '9112'],
  [/vendedor|ventas|cajer|mesero|cocinero|cocinera|guardia|vigilante|seguridad|promotor|estilista|cuidador|nineras?|dependiente|barista|bartender/, '5120'],
  [/jardiner|agricol|ganader|campo|vivero/, '6113'],
  [/electricista|soldador|mecanico|albanil|carpinter|pintor|plomer|panader|costurer|tapicer|herrero|tornero/, '7126'],
  [/operador|operari|chofer|conductor|montacarg|maquinist|ensamblad|repartidor/, '8322'],
];

export function iscoForTitle(title: string): string | null {
  const t = title.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '');
  return TITLE_TO_ISCO.find(([pattern]) => pattern.test(t))?.[1] ?? null;
}

const COUNTRIES: CountryCode[] = ['CR', 'GT', 'HN', 'PA'];
const PERIODS: SalaryPeriod[] = ['month', 'month', 'month', 'week', 'day', 'hour'];
const PER_MONTH: Record<SalaryPeriod, number> = { hour: 208, day: 26, week: 4.33, month: 1 };

/**
 * A salary inside the usual monthly range for the occupation and country, stated per
 * month, week, day or hour, rounded down so that, converted back, it stays inside.
 */
export function usualSalary(country: CountryCode, iscoCode: string | null, n: number): ScreeningInput['salary'] {
  const usual = usualMonthlyPay(country, iscoCode);
  const span = usual.maxMinor - usual.minMinor;
  // Spread offers over the range: the low end from 0–50 % of it, the high end 10–50 % above that.
  const low = usual.minMinor + Math.floor(span * (((n * 37) % 50) / 100));
  const high = Math.min(usual.maxMinor, low + Math.floor(span * ((10 + ((n * 13) % 40)) / 100)));
  const period = PERIODS[n % PERIODS.length] as SalaryPeriod;
  const per = (minor: number) => Math.floor(minor / PER_MONTH[period] / 100) * 100;
  return { kind: 'range', minMinor: per(low), maxMinor: per(high), period };
}

/** An honest employer's offer around a real title and description. */
export function ordinaryOffer(id: string, title: string, description: string, n: number): CorpusOffer {
  const country = COUNTRIES[n % COUNTRIES.length] as CountryCode;
  const iscoCode = iscoForTitle(title);
  return {
    id,
    input: {
      title: title.slice(0, 120),
      description: cut(description, 5000),
      howToApply: '',
      salary: usualSalary(country, iscoCode, n),
      workAbroad: false,
      suitableForAdolescents: false,
      workingTime: n % 5 === 0 ? 'part_time' : 'full_time',
    },
    context: {
      country,
      iscoCode,
      organisation: { verified: true, ageDays: 60 + ((n * 53) % 900), offersLastWeek: n % 4 },
      sameTextOrganisations: 0,
    },
  };
}

// The offer schema allows 5,000 characters; a few real descriptions are longer.
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  return head.slice(0, Math.max(head.lastIndexOf(' '), max - 50)).trimEnd();
}
