import { describe, expect, it } from 'vitest';
import { categoryName, monthName } from './category-names';
import { categoriesOf, type StatsDimension } from './dimensions';

describe('the figures’ category names', () => {
  it('names every category of every breakdown in Spanish and English, never by its code', () => {
    const named: StatsDimension[] = ['month', 'gender', 'ageBand', 'populationGroup'];
    for (const by of named) {
      for (const key of categoriesOf(by, { from: '2026-01', to: '2026-03' })) {
        for (const lang of ['es', 'en'] as const) {
          const name = categoryName(by, key, lang);
          expect(name, `${by} ${key} ${lang}`).not.toBe(key);
          expect(name.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('writes the words a table of counts needs in each language', () => {
    expect(categoryName('gender', 'female', 'es')).toBe('Mujer');
    expect(categoryName('gender', 'female', 'en')).toBe('Woman');
    expect(categoryName('populationGroup', 'host_community', 'es')).toBe('Comunidad de acogida');
    expect(categoryName('populationGroup', 'asylum_seeker', 'en')).toBe('Asylum seeker');
    expect(categoryName('ageBand', '25-34', 'es')).toBe('25–34');
    expect(categoryName('ageBand', '55+', 'en')).toBe('55 and over');
    expect(categoryName('gender', 'unknown', 'es')).toBe('Sin dato');
    expect(monthName('2026-01', 'es')).toBe('enero de 2026');
    expect(monthName('2026-01', 'en')).toBe('January 2026');
  });

  it('names countries by the language’s list, occupation groups by the taxonomy’s names, and leaves a code nobody knows as it is', () => {
    expect(categoryName('nationality', 'NI', 'en')).toBe('Nicaragua');
    expect(categoryName('nationality', 'SV', 'es')).toBe('El Salvador');
    expect(categoryName('nationality', 'DE', 'es')).toBe('Alemania');
    expect(categoryName('nationality', '=HYPERLINK("x")', 'es')).toBe('=HYPERLINK("x")');
    expect(categoryName('iscoGroup', '5', 'en', new Map([['5', 'Services and sales workers']]))).toBe('Services and sales workers');
    expect(categoryName('iscoGroup', '5', 'en')).toBe('5');
  });
});
