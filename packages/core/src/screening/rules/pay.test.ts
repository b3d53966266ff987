import { describe, expect, it } from 'vitest';
import type { OfferSalary } from '../../offers/offer';
import { screen } from '../testing';
import { FAR_ABOVE_FACTOR, usualMonthlyPay } from '../usual-pay';

const ordinary = 'Distribuidora busca auxiliar de bodega para recepción y despacho de mercadería.';
const flagsFor = (salary: OfferSalary, country: 'CR' | 'GT' | 'HN' | 'PA' = 'GT', iscoCode: string | null = '9321') =>
  screen(ordinary, { input: { salary }, context: { country, iscoCode } }).flags.map((f) => f.code);

describe('pay_above_usual: pay far above the usual for the occupation goes to review', () => {
  const top = usualMonthlyPay('GT', '9321').maxMinor;
  const limit = top * FAR_ABOVE_FACTOR;

  it(`flags a monthly maximum above ${FAR_ABOVE_FACTOR}× the top of the usual range, and not one at it`, () => {
    expect(flagsFor({ kind: 'range', minMinor: 0, maxMinor: limit + 100, period: 'month' })).toEqual(['pay_above_usual']);
    expect(flagsFor({ kind: 'range', minMinor: 0, maxMinor: limit, period: 'month' })).toEqual([]);
    expect(flagsFor({ kind: 'range', minMinor: top, maxMinor: top, period: 'month' })).toEqual([]);
  });

  it('turns hours, days and weeks into months (8 h × 26 days, 26 days, 4.33 weeks)', () => {
    const perHour = Math.ceil(limit / 208) + 100;
    expect(flagsFor({ kind: 'range', minMinor: 0, maxMinor: perHour, period: 'hour' })).toEqual(['pay_above_usual']);
    expect(flagsFor({ kind: 'range', minMinor: 0, maxMinor: Math.floor(limit / 208), period: 'hour' })).toEqual([]);
    expect(flagsFor({ kind: 'range', minMinor: 0, maxMinor: Math.ceil(limit / 26) + 100, period: 'day' })).toEqual(['pay_above_usual']);
    expect(flagsFor({ kind: 'range', minMinor: 0, maxMinor: Math.floor(limit / 26), period: 'day' })).toEqual([]);
    expect(flagsFor({ kind: 'range', minMinor: 0, maxMinor: Math.ceil(limit / 4.33) + 100, period: 'week' })).toEqual(['pay_above_usual']);
    expect(flagsFor({ kind: 'range', minMinor: 0, maxMinor: Math.floor(limit / 4.33), period: 'week' })).toEqual([]);
  });

  it('judges by occupation: a manager’s pay is not a cleaner’s', () => {
    const salary: OfferSalary = { kind: 'range', minMinor: 2_000_000, maxMinor: 2_500_000, period: 'month' };
    expect(flagsFor(salary, 'GT', '9112')).toEqual(['pay_above_usual']);
    expect(flagsFor(salary, 'GT', '1120')).toEqual([]);
  });

  it('says the pay and the usual range in the reason', () => {
    const [flag] = screen(ordinary, { input: { salary: { kind: 'range', minMinor: 2_000_000, maxMinor: 2_500_000, period: 'month' } }, context: { iscoCode: '9112' } }).flags;
    expect(flag).toMatchObject({ code: 'pay_above_usual', field: 'salary' });
    expect(flag?.reason.es).toContain('25,000 GTQ');
    expect(flag?.reason.en).toContain('3,350 GTQ–5,000 GTQ');
  });

  it('reads promises of pay in the text, in the local currency or dollars', () => {
    const textFlags = (text: string, country: 'GT' | 'HN' | 'PA' | 'CR') => {
      // the structured salary at the bottom of the usual range, so only the text can raise the flag
      const usual = usualMonthlyPay(country, '9112').minMinor;
      const salary: OfferSalary = { kind: 'range', minMinor: usual, maxMinor: usual, period: 'month' };
      return screen(text, { input: { salary }, context: { country, iscoCode: '9112' } }).flags.map((f) => f.code);
    };
    expect(textFlags('Ganarás Q18,000 al mes limpiando oficinas.', 'GT')).toContain('pay_above_usual');
    expect(textFlags('Te pagamos L 20,000 a la semana.', 'HN')).toContain('pay_above_usual');
    expect(textFlags('Se paga $ 2,500 al mes en efectivo.', 'HN')).toContain('pay_above_usual');
    expect(textFlags('Salario de ₡3 500 000 mensuales.', 'CR')).toContain('pay_above_usual');
    expect(textFlags('Salario de ₡450 000 mensuales.', 'CR')).toEqual([]);
    expect(textFlags('Salario de $ 600 al mes más décimo tercer mes.', 'PA')).toEqual([]);
  });
});

describe('pay_missing: an offer without pay goes to review', () => {
  it('flags "to be agreed" and a maximum of zero', () => {
    expect(flagsFor({ kind: 'to_agree' })).toEqual(['pay_missing']);
    expect(flagsFor({ kind: 'range', minMinor: 0, maxMinor: 0, period: 'month' })).toEqual(['pay_missing']);
  });

  it.each(['Trabajo ad honorem.', 'Es ad-honorem los primeros meses.', 'Trabajo voluntario sin pago.', 'Trabajo sin ningún pago, solo comida.', 'Se le da cuarto y comida a cambio de casa y comida.', 'Pago solo con propinas.', 'Práctica no remunerada.', 'Trabajo sin sueldo al principio.'])(
    'flags «%s»',
    (text) => {
      expect(screen(text).flags.map((f) => f.code)).toContain('pay_missing');
    },
  );

  it.each(['Sin pago de inscripción.', 'Salario mínimo más propinas.', 'Gestionar el voluntariado adscrito al proyecto.', 'No es un voluntariado: salario de ley.', 'Sin ningún costo para el trabajador.'])('leaves «%s» alone', (text) => {
    expect(screen(text).flags.map((f) => f.code)).not.toContain('pay_missing');
  });
});
