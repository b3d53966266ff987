import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determinedHidden } from './disclosure';
import { suppressionPattern } from './suppression';

/** A table's items (cells row by row, row totals, column totals, total) and its equations, sum last. */
function layout(counts: number[][]) {
  const rows = counts.length;
  const columns = counts[0]!.length;
  const cell = (r: number, c: number) => r * columns + c;
  const rowTotal = (r: number) => rows * columns + r;
  const columnTotal = (c: number) => rows * columns + rows + c;
  const total = rows * columns + rows + columns;
  const equations = [
    ...counts.map((_, r) => [...counts[r]!.map((__, c) => cell(r, c)), rowTotal(r)]),
    ...counts[0]!.map((_, c) => [...counts.map((__, r) => cell(r, c)), columnTotal(c)]),
    [...counts[0]!.map((_, c) => columnTotal(c)), total],
    [...counts.map((_, r) => rowTotal(r)), total],
  ];
  const values = [...counts.flat(), ...counts.map((row) => row.reduce((a, b) => a + b, 0)), ...counts[0]!.map((_, c) => counts.reduce((a, row) => a + row[c]!, 0)), counts.flat().reduce((a, b) => a + b, 0)];
  return { equations, values, itemCount: total + 1 };
}

const hiddenOf = (counts: number[][]) => {
  const p = suppressionPattern(counts);
  return [...p.cells.flat(), ...p.rowTotals, ...p.columnTotals, p.total];
};

// Two blocks of small cells joined by one small cell: every row and column has two or
// more hidden cells, yet the joining cell follows from the blocks' row and column sums.
const BRIDGED = [[1, 2, 50, 60], [3, 4, 2, 70], [80, 90, 1, 2], [85, 95, 3, 4]];

describe('what a published table gives away by any combination of its equations', () => {
  it('finds the cell joining two suppressed blocks, which no single equation reveals', () => {
    const { equations, itemCount } = layout(BRIDGED);
    const primaryOnly = layout(BRIDGED).values.map((v) => v > 0 && v < 5);
    expect(determinedHidden(itemCount, equations, primaryOnly)).toEqual([1 * 4 + 2]);
  });

  it('leaves no hidden non-zero count determined once suppression is done, for random tables', () => {
    const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 60 }));
    const table = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 6 }))
      .chain(([r, c]) => fc.array(fc.array(count, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
    fc.assert(
      fc.property(table, (counts) => {
        const { equations, values, itemCount } = layout(counts);
        const exposed = determinedHidden(itemCount, equations, hiddenOf(counts)).filter((i) => values[i]! > 0);
        expect(exposed).toEqual([]);
      }),
      { numRuns: 500 },
    );
    expect(determinedHidden(layout(BRIDGED).itemCount, layout(BRIDGED).equations, hiddenOf(BRIDGED)).filter((i) => layout(BRIDGED).values[i]! > 0)).toEqual([]);
  });
});
