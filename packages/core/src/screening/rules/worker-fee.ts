// worker_fee (block): the offer asks the worker for money — a fee, a deposit, paying for
// training, a uniform, materials, a visa or paperwork. Charging the job seeker is how many
// trafficking and fraud schemes start (a debt that binds the worker), and legitimate
// employers in the programme never do it, so it is refused outright.
//
// The difficulty is that honest offers talk about the same things to reassure: "no
// cobramos ninguna cuota", "la empresa proporciona el uniforme", "capacitación pagada".
// So a payment word alone is never enough: it needs the worker as the one who pays (a
// "debe pagar", a "cobramos", a cost or a sum of money next to the thing), and the clause
// must not negate it or say the company pays.

import { AMOUNT, parseAmount, periodIn } from '../amounts';
import { fromHits } from '../findings';
import { type PhraseRule, type Source, findHits, near, word } from '../text-match';
import type { Finding } from '../types';
import { AMOUNT_NEAR_THING, ANY_THING, BOUGHT, BUY, FEE_THINGS, FREE_OR_PAID_BY_COMPANY, OUTRIGHT, PAYMENT, PRICED, PROVIDED_BY_COMPANY, TO_WORKER, WORKER_PAYS } from './worker-fee-words';

// A thing with a payment word: undone by "free", "the company pays" and "the company provides".
const PAYING_FOR_A_THING: PhraseRule = {
  patterns: [...near(WORKER_PAYS, ANY_THING), ...PRICED, ...near(PAYMENT, FEE_THINGS, 3), ...near(BUY, BOUGHT, 4, false)],
  cancelledBy: [...FREE_OR_PAID_BY_COMPANY, ...PROVIDED_BY_COMPANY],
  accept: notPay,
};
// A sum of money or an outright demand: undone only by "free" and "the company pays".
const ASKING_FOR_MONEY: PhraseRule = {
  patterns: [...OUTRIGHT.map(word), ...AMOUNT_NEAR_THING],
  cancelledBy: FREE_OR_PAID_BY_COMPANY,
  accept: notPay,
};

/** Whether a match with a sum of money in it is a charge and not the worker's pay. */
function notPay(m: RegExpExecArray): boolean {
  const sum = new RegExp(AMOUNT).exec(m[0])?.[0];
  if (sum === undefined) return true;
  // "bono de Q500 por capacitación", "vendedor de materiales Q4,000 al mes": pay, not a fee.
  const before = m.input.slice(Math.max(0, m.index - 30), m.index);
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 25);
  const lead = m[0].slice(0, m[0].indexOf(sum));
  if (new RegExp(`${TO_WORKER}(?: [a-z]+){0,2} ?(?:de|:)? ?$`).test(before) || new RegExp(TO_WORKER).test(lead) || periodIn(after) !== null) return false;
  // "paga a la semana Q6,000": with no fee named, a sum per period is a wage. ("Cuota
  // semanal de Q50" names one, so it stays a fee.)
  if (periodIn(lead) !== null && !word(ANY_THING).test(m[0])) return false;
  // "inscripción: Q0" is no charge.
  return (parseAmount(sum)?.value ?? 1) > 0;
}

export function workerFee(sources: Source[]): Finding<'worker_fee'>[] {
  return fromHits('worker_fee', [...findHits(sources, ASKING_FOR_MONEY), ...findHits(sources, PAYING_FOR_A_THING)], {
    es: 'Pide dinero a quien busca empleo; ninguna oferta puede cobrar cuotas, depósitos, capacitación, uniformes, materiales, visas ni trámites',
    en: 'Asks the job seeker for money; no offer may charge fees, deposits, training, uniforms, materials, visas or paperwork',
  });
}
