import { describe, expect, it } from 'vitest';
import { altLabels, genderedForms, labelLines } from './labels';

describe('both gendered forms of an ESCO "x/y" label', () => {
  it.each([
    ['cocinero/cocinera', ['cocinero', 'cocinera']],
    ['ayudante de cocina/ayudanta de cocina', ['ayudante de cocina', 'ayudanta de cocina']],
    ['director/directora de hotel', ['director de hotel', 'directora de hotel']],
    ['director técnico/directora técnica', ['director técnico', 'directora técnica']],
    ['jefe de cocina/jefa', ['jefe de cocina', 'jefa de cocina']],
    ['técnico en electricidad/electrónica', ['técnico en electricidad', 'técnico en electrónica']],
    ['cocinero/a', ['cocinero', 'cocinera']],
    ['director/a de hotel', ['director de hotel', 'directora de hotel']],
    ['profesor/a', ['profesor', 'profesora']],
    ['head waiter/head waitress', ['head waiter', 'head waitress']],
    ['director de ventas/directora de ventas/', ['director de ventas', 'directora de ventas']],
    ['albañil', []],
  ])('%s', (label, forms) => {
    expect(genderedForms(label)).toEqual(forms);
  });
});

describe('alternative labels', () => {
  it('splits on newlines, trims, drops blanks and repeats (ignoring case) and the preferred label', () => {
    const lines = labelLines('  albañil de obra \r\n\nmaestro  de obras\nAlbañil de obra\nalbañil');
    expect(altLabels('albañil', lines)).toEqual(['albañil de obra', 'maestro de obras']);
  });
});
