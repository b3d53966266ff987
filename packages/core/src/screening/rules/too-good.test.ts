import { describe, expect, it } from 'vitest';
import { screen } from '../testing';

const tooGood = (text: string) => screen(text).flags.filter((f) => f.code === 'too_good_to_be_true');

describe('too_good_to_be_true: no experience, high pay and urgency together go to review', () => {
  it.each([
    'URGEN asesores, no se necesita experiencia, excelente salario. ¡Empieza mañana!',
    'Chamba rápida y muy bien pagada, cero experiencia, inicias hoy mismo.',
    'Sin estudios ni experiencia, ingresos altos, contratación inmediata.',
    'Urgente: personal sin experiencia, sueldo altísimo.',
  ])('flags all three together: «%s»', (text) => {
    expect(tooGood(text)).toHaveLength(1);
  });

  it.each([
    'Dinero fácil desde tu celular, sin experiencia.',
    'Gana hasta Q12,000 al mes, contratación inmediata.',
    'Ganás en dólares, urgente.',
    'Ganancias garantizadas, no importa la experiencia.',
  ])('flags easy-money wording with either of the others: «%s»', (text) => {
    expect(tooGood(text)).toHaveLength(1);
  });

  it.each([
    'No se requiere experiencia, le enseñamos el oficio.',
    'Incorporación inmediata.',
    'Excelente salario y prestaciones de ley.',
    'Excelente salario, contratación inmediata.',
    'Sin experiencia, contratación inmediata.',
    'Dinero fácil, eso no existe: trabajo serio y estable.',
  ])('leaves one or two ordinary signs alone: «%s»', (text) => {
    expect(tooGood(text)).toEqual([]);
  });

  it('counts a salary far above the usual as the high pay', () => {
    const salary = { kind: 'range', minMinor: 2_000_000, maxMinor: 3_000_000, period: 'month' } as const;
    const flags = screen('Urge personal sin experiencia para bodega.', { input: { salary } }).flags.map((f) => f.code);
    expect(flags).toEqual(['pay_above_usual', 'too_good_to_be_true']);
  });

  it('quotes the words it found', () => {
    const [flag] = tooGood('URGEN asesores, no se necesita experiencia, excelente salario.');
    expect(flag?.reason.es).toContain('«no se necesita experiencia»');
    expect(flag?.reason.es).toContain('«excelente salario»');
  });
});
