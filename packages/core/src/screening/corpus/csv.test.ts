import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';

describe('reading the real postings’ CSV', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const rows = parseCsv('titulo,descripcion\r\n"Cocinero, turno noche","Dice ""hola""\nen dos líneas"\nPeón,simple\n');
    expect(rows).toEqual([
      { titulo: 'Cocinero, turno noche', descripcion: 'Dice "hola"\nen dos líneas' },
      { titulo: 'Peón', descripcion: 'simple' },
    ]);
  });

  it('gives an empty string for a missing last field and skips blank lines', () => {
    expect(parseCsv('a,b\n1\n\n2,3')).toEqual([
      { a: '1', b: '' },
      { a: '2', b: '3' },
    ]);
  });
});
