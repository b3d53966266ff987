// pay_above_usual and pay_missing (flags). Pay far above what the work usually pays is
// the bait of most fake offers ("gana hasta $3,000 al mes limpiando casas"); no pay at
// all ("ad honorem", "a cambio de comida") is how forced and unpaid work is dressed up.
// Both can be honest, so both go to an officer rather than being refused.

import { AMOUNT, type TextCurrency, parseAmount, periodIn } from '../amounts';
import { fromHits, quoted } from '../findings';
import { quote } from '../normalise';
import { type Hit, type PhraseRule, type Source, anyOf, findHits, word } from '../text-match';
import type { Finding, ScreeningContext, ScreeningInput } from '../types';
import { FAR_ABOVE_FACTOR, inCountryCurrency, monthlyMaxMinor, toMonthly, usualMonthlyPay } from '../usual-pay';

const LOCAL_CURRENCY: Record<ScreeningContext['country'], TextCurrency> = { CR: 'CRC', GT: 'GTQ', HN: 'HNL', PA: 'USD' };
const money = (minor: number, country: ScreeningContext['country']) => `${Math.round(minor / 100).toLocaleString('en-US')} ${LOCAL_CURRENCY[country]}`;

/** The monthly pay above which an offer is "far above" the usual for its occupation, in minor units. */
export function farAboveLimitMinor(context: Pick<ScreeningContext, 'country' | 'iscoCode'>): number {
  return usualMonthlyPay(context.country, context.iscoCode).maxMinor * FAR_ABOVE_FACTOR;
}

// A promise of pay in the text: "gana hasta Q15,000 al mes", "sueldo de $2,500 semanales".
const PROMISE = new RegExp(
  `(?<![a-z])${anyOf('gan(?:a|as|an|ar|aras|aran|arias|e|es|ando)', 'ganancias?', 'ingresos?', 'sueldos?', 'salarios?', 'pagos?', 'paga', 'pagamos', 'te pagamos', 'cobr(?:as|aras|arias)', 'percib(?:e|es|ir|iras)', 'recib(?:e|es|ir|iras)', 'devengar(?:as)?', 'hac(?:er|es)')}(?: [a-z]+){0,3}? ?:? ?(${AMOUNT})((?: [a-z/]+){0,4})`,
  'g',
);

/** Sums of pay promised in the text, as monthly amounts in the country's currency (minor units). */
const COMPARABLE = new Set<TextCurrency>(['CRC', 'GTQ', 'HNL', 'USD']);

const PERIOD_WORDS = /^(?: [a-z/]+)*? (?:mes|mensual(?:es)?|semanas?|semanal(?:es)?|quincenas?|quincenal(?:es)?|dias?|diari[oa]s?|horas?|anos?|anual(?:es)?|noches?|turnos?|jornadas?)(?![a-z])/;

interface PromisedPay {
  field: string;
  quote: string;
  monthlyMinor: number;
}

function promisedPay(sources: Source[], country: ScreeningContext['country']): PromisedPay[] {
  const out: PromisedPay[] = [];
  for (const source of sources) {
    for (const clause of source.clauses) {
      for (const m of clause.text.matchAll(PROMISE)) {
        const amount = parseAmount(m[1] ?? '');
        // Pay in the region is quoted in the local currency or in dollars; euros or pesos
        // mean work elsewhere, which the work-abroad rule looks at.
        if (!amount || amount.value <= 0 || !COMPARABLE.has(amount.currency ?? LOCAL_CURRENCY[country])) continue;
        // No period said: read it as a month, the least alarming reading.
        const trailing = m[2] ?? '';
        const period = periodIn(trailing) ?? 'month';
        const monthly = toMonthly(inCountryCurrency(amount.value, amount.currency, country), period);
        // Quote up to the period ("gana $500 a la semana"), not the words after it.
        const periodWords = PERIOD_WORDS.exec(trailing)?.[0].length ?? 0;
        const start = clause.start + (m.index ?? 0);
        const end = start + m[0].length - trailing.length + periodWords;
        out.push({ field: source.field, quote: quote(source.text, start, end), monthlyMinor: Math.round(monthly * 100) });
      }
    }
  }
  return out;
}

export function payAboveUsual(input: Pick<ScreeningInput, 'salary'>, sources: Source[], context: Pick<ScreeningContext, 'country' | 'iscoCode'>): Finding<'pay_above_usual'>[] {
  const limit = farAboveLimitMinor(context);
  const usual = usualMonthlyPay(context.country, context.iscoCode);
  const range = `${money(usual.minMinor, context.country)}–${money(usual.maxMinor, context.country)}`;
  const out: Finding<'pay_above_usual'>[] = [];
  const offered = monthlyMaxMinor(input.salary);
  if (offered !== null && offered > limit) {
    out.push({
      code: 'pay_above_usual',
      field: 'salary',
      reason: {
        es: `El salario (hasta ${money(offered, context.country)} al mes) es más de ${FAR_ABOVE_FACTOR} veces lo usual para esta ocupación en el país (${range} al mes).`,
        en: `The pay (up to ${money(offered, context.country)} a month) is more than ${FAR_ABOVE_FACTOR} times the usual for this occupation in the country (${range} a month).`,
      },
    });
  }
  const promised = promisedPay(sources, context.country).filter((p) => p.monthlyMinor > limit);
  const seen = new Set<string>();
  for (const p of promised) {
    if (seen.has(p.field)) continue;
    seen.add(p.field);
    out.push({
      code: 'pay_above_usual',
      field: p.field,
      reason: quoted(
        { es: `Promete una paga de más de ${FAR_ABOVE_FACTOR} veces lo usual para esta ocupación (${range} al mes)`, en: `Promises pay of more than ${FAR_ABOVE_FACTOR} times the usual for this occupation (${range} a month)` },
        p.quote,
      ),
    });
  }
  return out;
}

/** Whether the text promises pay far above the usual (used by too_good_to_be_true). */
export function promisesFarAbove(sources: Source[], context: Pick<ScreeningContext, 'country' | 'iscoCode'>): Hit | null {
  const limit = farAboveLimitMinor(context);
  const p = promisedPay(sources, context.country).find((x) => x.monthlyMinor > limit);
  return p ? { field: p.field, quote: p.quote } : null;
}

const NO_PAY: PhraseRule = {
  patterns: [
    word('sin (?:ningun |ninguna )?(?:goce de )?(?:pago|sueldo|salario|remuneracion|paga)(?! (?:de|por|alguno|previo|adelantado|inicial|anticipado))'),
    word('no remunerad[oa]s?|no (?:se )?(?:paga|pagamos|pagara)(?: (?:sueldo|salario|nada))?$|ad[ -]?honore[mn]|(?:trabajo|puesto|plaza|cargo|labor) voluntari[oa]|de forma voluntaria|a titulo voluntario'),
    // the job is volunteering (not "gestionar el voluntariado", which is a paid job)
    word('(?:es (?:un )?|como |modalidad(?: de)? |puesto de |plaza de |contrato:? |oportunidad de |se busca )voluntariado|voluntariado (?:no remunerado|sin (?:pago|sueldo|salario))'),
    word('(?:solo|unicamente|solamente) (?:por|de|con) (?:las )?propinas|(?:se )?pag(?:o|a|an) en especie|(?:paga|pago|sueldo|salario)(?: [a-z]+)? (?:es )?(?:solo|solamente|unicamente) (?:en|con|de) (?:especie|comida|propinas)'),
    word('a cambio de (?:comida|techo|hospedaje|alojamiento|cuarto|vivienda|casa y comida|experiencia|exposicion|visibilidad)'),
    word('trabajo gratis|trabajar gratis|gratuitamente'),
  ],
  // "No es voluntariado" is no finding; but "sin ningún pago" is one, so the "ningún"
  // inside the words found must not count as a negation.
  negationInside: false,
};

export function payMissing(input: Pick<ScreeningInput, 'salary'>, sources: Source[]): Finding<'pay_missing'>[] {
  const out: Finding<'pay_missing'>[] = [];
  if (input.salary.kind === 'to_agree') {
    out.push({ code: 'pay_missing', field: 'salary', reason: { es: 'No indica el salario (“a convenir”); toda oferta debe decir cuánto paga.', en: 'States no pay ("to be agreed"); every offer must say what it pays.' } });
  } else if (input.salary.maxMinor === 0) {
    out.push({ code: 'pay_missing', field: 'salary', reason: { es: 'El salario indicado es cero.', en: 'The stated pay is zero.' } });
  }
  out.push(
    ...fromHits('pay_missing', findHits(sources, NO_PAY), {
      es: 'Dice que el trabajo no se paga, o se paga solo con comida, techo o propinas',
      en: 'Says the work is unpaid, or paid only in food, lodging or tips',
    }),
  );
  return out;
}
