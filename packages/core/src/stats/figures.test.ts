import { describe, expect, it } from 'vitest';
import { categoriesOf, iscoMajorGroup } from './dimensions';
import { buildFigures, countedMeasures, type CountedMeasure, type FiguresInput } from './figures';

const none = Object.fromEntries(countedMeasures.map((m) => [m, []])) as unknown as Record<CountedMeasure, []>;
const input = (over: Partial<FiguresInput>): FiguresInput => ({ by: 'gender', categories: categoriesOf('gender', { from: '2026-01', to: '2026-06' }), counted: none, followUps: [], orders: [], ...over });
const people = (category: string | null, n: number) => Array.from({ length: n }, () => ({ category }));
const figure = (figures: ReturnType<typeof buildFigures>, measure: string, currency: string | null = null) => figures.find((f) => f.measure === measure && f.currency === currency)!;

describe('the office figures', () => {
  it('breaks a month period down by its months, and occupations by ISCO major group', () => {
    expect(categoriesOf('month', { from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(iscoMajorGroup('5120')).toBe('5');
    expect(iscoMajorGroup(null)).toBe('unknown');
  });

  it('breaks seekers down by gender with "<5" and a second hidden cell, and counts the unknown', () => {
    const figures = buildFigures(input({ counted: { ...none, seekers: [...people('female', 12), ...people('male', 3), ...people(null, 20)] } }));
    expect(figure(figures, 'seekers').breakdown).toEqual([
      { key: 'female', value: 'x' }, { key: 'male', value: '<5' }, { key: 'non_binary', value: 0 }, { key: 'prefer_not_to_say', value: 0 }, { key: 'unknown', value: 20 },
    ]);
    expect(figure(figures, 'seekers').total).toBe(35);
  });

  it('publishes offers and vacancies as counted, and gives a measure without that breakdown its total alone', () => {
    const figures = buildFigures(input({ by: 'iscoGroup', categories: categoriesOf('iscoGroup', { from: '2026-01', to: '2026-01' }), counted: { ...none, vacancies: [{ category: '5', weight: 3 }], enterprises: people(null, 2) } }));
    expect(figure(figures, 'vacancies').breakdown?.find((b) => b.key === '5')?.value).toBe(3);
    expect(figure(figures, 'enterprises')).toMatchObject({ total: '<5', breakdown: null });
  });

  it('hides a currency’s sales wherever fewer than 5 orders are behind them, and never adds currencies up', () => {
    const orders = [
      ...Array.from({ length: 6 }, () => ({ category: null, currency: 'CRC', totalMinor: 150_000 })),
      ...Array.from({ length: 2 }, () => ({ category: null, currency: 'GTQ', totalMinor: 5_000 })),
    ];
    const figures = buildFigures(input({ orders }));
    expect(figure(figures, 'sales', 'CRC').total).toBe('x');
    expect(figure(figures, 'sales', 'GTQ').total).toBe('x');
    expect(figure(figures, 'orders').total).toBe(8);
    const many = buildFigures(input({ orders: orders.map((o) => ({ ...o, currency: 'CRC' })) }));
    expect(figure(many, 'sales', 'CRC').total).toBe(6 * 150_000 + 2 * 5_000);
  });

  it('counts retention at 3 months among those followed up then, suppressed as one table', () => {
    const followUps = [...Array.from({ length: 9 }, () => ({ category: 'female', months: 3 as const, stillEmployed: true })), { category: 'female', months: 3 as const, stillEmployed: false }];
    const figures = buildFigures(input({ followUps }));
    expect(figure(figures, 'followedUp3').total).toBe(10);
    // 9 still employed of 10: the one who left would be 10 - 9, so both are hidden.
    expect(figure(figures, 'stillEmployed3').total).not.toBe(9);
  });
});
