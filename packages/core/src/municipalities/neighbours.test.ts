import { describe, expect, it } from 'vitest';
import { NEIGHBOURS, areNeighbourSlugs } from './neighbours';

const programme = [
  'upala', 'los-chiles', 'la-cruz', 'escazu', 'san-carlos', 'esquipulas', 'villa-nueva', 'san-pedro-sula',
  'panama', 'desamparados', 'liberia', 'quetzaltenango', 'tegucigalpa', 'choluteca', 'david',
];

describe('neighbouring municipalities', () => {
  it.each([
    ['upala', 'los-chiles', true],
    ['los-chiles', 'upala', true],
    ['upala', 'la-cruz', true],
    ['upala', 'liberia', true],
    ['la-cruz', 'liberia', true],
    ['los-chiles', 'san-carlos', true],
    ['escazu', 'desamparados', true],
    ['upala', 'san-carlos', false],
    ['la-cruz', 'los-chiles', false],
    ['tegucigalpa', 'choluteca', false],
    ['panama', 'david', false],
    ['upala', 'upala', false],
    ['upala', 'nowhere', false],
  ] as const)('%s and %s: %s', (a, b, expected) => {
    expect(areNeighbourSlugs(a, b)).toBe(expected);
  });

  it('names only programme municipalities, symmetrically', () => {
    for (const [slug, list] of Object.entries(NEIGHBOURS)) {
      expect(programme).toContain(slug);
      for (const other of list) {
        expect(programme).toContain(other);
        expect(NEIGHBOURS[other]).toContain(slug);
      }
    }
  });
});
