import { describe, expect, it } from 'vitest';
import { amountsIn, periodIn } from './amounts';
import { fold } from './normalise';

const amounts = (text: string) => amountsIn(fold(text).folded);

describe('sums of money in offers', () => {
  it.each([
    ['$50', 50, 'USD'],
    ['US$ 1,500', 1500, 'USD'],
    ['B/. 40', 40, 'USD'],
    ['Q300', 300, 'GTQ'],
    ['Q. 1 500', 1500, 'GTQ'],
    ['300 quetzales', 300, 'GTQ'],
    ['₡25 000', 25000, 'CRC'],
    ['¢25.000', 25000, 'CRC'],
    ['25 mil colones', 25000, 'CRC'],
    ['20 lucas', 20000, 'CRC'],
    ['₡1,5 millones', 1_500_000, 'CRC'],
    ['L 500', 500, 'HNL'],
    ['Lps. 1,500.00', 1500, 'HNL'],
    ['500 lempiras', 500, 'HNL'],
    ['1.400 euros', 1400, 'EUR'],
  ])('reads %s', (text, value, currency) => {
    expect(amounts(`cuota de ${text} al contado`)).toEqual([{ value, currency }]);
  });

  it('ignores numbers that are not money', () => {
    expect(amounts('de 18 a 25 años, 40 horas, turno de 6 a 14, llamar al 2233-4455, 14 pagas')).toEqual([]);
  });

  it('reads the period a sum is paid for', () => {
    expect(periodIn(' al mes')).toBe('month');
    expect(periodIn(' mensuales')).toBe('month');
    expect(periodIn(' semanales')).toBe('week');
    expect(periodIn(' a la semana')).toBe('week');
    expect(periodIn(' quincenal')).toBe('fortnight');
    expect(periodIn(' diarios')).toBe('day');
    expect(periodIn(' por hora')).toBe('hour');
    expect(periodIn(' brutos anuales')).toBe('year');
    expect(periodIn(' en efectivo')).toBeNull();
  });
});
