import { describe, expect, it } from 'vitest';
import { clauses, fold, quote } from './normalise';

const clauseTexts = (text: string) => clauses(fold(text).folded).map((c) => c.text);

describe('the text normaliser', () => {
  it('folds accents, case and spacing, and keeps line breaks', () => {
    expect(fold('  Depósito   de CUOTA\tÚnica\n\nPagá  ya ').folded).toBe('deposito de cuota unica\npaga ya');
  });

  it('joins words spelt out letter by letter and squeezes stretched letters', () => {
    expect(fold('un d e p o s i t o de $50').folded).toBe('un deposito de $50');
    expect(fold('p.a.g.o inmediato').folded).toBe('pago inmediato');
    expect(fold('urgenteeee, graaatis').folded).toBe('urgente, gratis');
    // two letters stay: Spanish writes them
    expect(fold('leer, cooperativa, llave').folded).toBe('leer, cooperativa, llave');
    // short runs of one-letter words are not joined
    expect(fold('a y o').folded).toBe('a y o');
  });

  it('quotes the original words for a stretch of the folded text', () => {
    const text = fold('Requisito: PAGAR  Q300 de inscripción.');
    const start = text.folded.indexOf('pagar');
    expect(quote(text, start, text.folded.indexOf('inscripcion') + 'inscripcion'.length)).toBe('PAGAR Q300 de inscripción');
  });

  it('cuts clauses at sentence marks, commas and turns of phrase, not inside sums', () => {
    expect(clauseTexts('Sin experiencia, solo pagar Q1,500.00 de inscripción. ¿Dudas? Llamar')).toEqual(['sin experiencia', 'solo pagar q1,500.00 de inscripcion', 'dudas', 'llamar']);
    expect(clauseTexts('Inscripción: Q. 300 y la empresa da el uniforme')).toEqual(['inscripcion: q. 300', 'la empresa da el uniforme']);
    expect(clauseTexts('No cobramos nada pero el curso cuesta $50')).toEqual(['no cobramos nada', 'pero el curso cuesta $50']);
  });

  it('keeps a bracketed aside and a relative clause with their clause', () => {
    expect(clauseTexts('Los papeles (DPI, carné) se quedan con la empresa')).toEqual(['los papeles (dpi, carne) se quedan con la empresa']);
    expect(clauseTexts('Entregue su pasaporte, que quedará en resguardo')).toEqual(['entregue su pasaporte, que quedara en resguardo']);
  });
});
