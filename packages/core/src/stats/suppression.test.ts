import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressBreakdown, suppressTable, type Published, type PublishedTable } from './suppression';

/**
 * What someone holding only the published table can work out: every row, column and
 * total is an equation; an equation with one unknown gives that unknown, which may in
 * turn leave another equation with one unknown. Returns the hidden values so recovered.
 */
function recoverable(table: PublishedTable): Map<string, number> {
  const value = new Map<string, Published>();
  table.cells.forEach((row, r) => row.forEach((v, c) => value.set(`c${r},${c}`, v)));
  table.rowTotals.forEach((v, r) => value.set(`r${r}`, v));
  table.columnTotals.forEach((v, c) => value.set(`k${c}`, v));
  value.set('t', table.total);
  // Each equation: the parts on the left add up to the total on the right.
  const equations: { parts: string[]; sum: string }[] = [
    ...table.cells.map((row, r) => ({ parts: row.map((_, c) => `c${r},${c}`), sum: `r${r}` })),
    ...table.columnTotals.map((_, c) => ({ parts: table.cells.map((__, r) => `c${r},${c}`), sum: `k${c}` })),
    { parts: table.columnTotals.map((_, c) => `k${c}`), sum: 't' },
    { parts: table.rowTotals.map((_, r) => `r${r}`), sum: 't' },
  ];
  const known = new Map<string, number>();
  for (const [key, v] of value) if (typeof v === 'number') known.set(key, v);
  const recovered = new Map<string, number>();
  for (let progress = true; progress; ) {
    progress = false;
    for (const { parts, sum } of equations) {
      const unknown = [...parts, sum].filter((key) => !known.has(key));
      if (unknown.length !== 1) continue;
      const key = unknown[0] as string;
      const partsKnown = parts.filter((p) => p !== key).reduce((a, p) => a + (known.get(p) as number), 0);
      const solved = key === sum ? partsKnown : (known.get(sum) as number) - partsKnown;
      known.set(key, solved);
      recovered.set(key, solved);
      progress = true;
    }
  }
  return recovered;
}

/** Tables of counts skewed towards small numbers, so suppression has work to do. */
const count = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 }), fc.integer({ min: 0, max: 500 }));
const table = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 7 }))
  .chain(([rows, columns]) => fc.array(fc.array(count, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));

const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);

describe('small-cell suppression', () => {
  it('lets no hidden value of a random table (one or two dimensions, with totals) be worked out from what is published', () => {
    fc.assert(
      fc.property(table, (counts) => {
        expect(recoverable(suppressTable(counts))).toEqual(new Map());
      }),
      { numRuns: 2000 },
    );
  });

  it('has a checker that does catch a "<5" left alone in its row (primary suppression only)', () => {
    const naive: PublishedTable = { cells: [['<5', 12]], rowTotals: [15], columnTotals: ['<5', 12], total: 15 };
    expect(recoverable(naive)).toEqual(new Map([['c0,0', 3], ['k0', 3]]));
  });

  it('shows every count of 1 to 4 as "<5", and every published number as the true count', () => {
    fc.assert(
      fc.property(table, (counts) => {
        const published = suppressTable(counts);
        const pairs: [number, Published][] = [
          ...counts.flatMap((row, r) => row.map((n, c) => [n, published.cells[r]![c]!] as [number, Published])),
          ...counts.map((row, r) => [sum(row), published.rowTotals[r]!] as [number, Published]),
          ...counts[0]!.map((_, c) => [sum(counts.map((row) => row[c]!)), published.columnTotals[c]!] as [number, Published]),
          [sum(counts.flat()), published.total],
        ];
        for (const [truth, shown] of pairs) {
          if (truth >= 1 && truth <= 4) expect(shown).toBe('<5');
          if (typeof shown === 'number') expect(shown).toBe(truth);
          if (shown === '<5') expect(truth >= 1 && truth <= 4).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('hides the overall total only when it is itself 1 to 4, so every breakdown of a measure shows the same total', () => {
    fc.assert(
      fc.property(table, (counts) => {
        const truth = sum(counts.flat());
        expect(suppressTable(counts).total).toBe(truth >= 1 && truth <= 4 ? '<5' : truth);
      }),
      { numRuns: 1000 },
    );
  });

  it('hides the same row totals whichever breakdown of the same people is published', () => {
    // People with a row (e.g. still employed or not) and two traits to break them down by.
    const person = fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 5 }));
    fc.assert(
      fc.property(fc.array(person, { maxLength: 60 }), (people) => {
        const tabulate = (columns: number, pick: (p: [number, number, number]) => number) =>
          [0, 1].map((row) => Array.from({ length: columns }, (_, c) => people.filter((p) => p[0] === row && pick(p) === c).length));
        const one = suppressTable(tabulate(4, (p) => p[1]));
        const other = suppressTable(tabulate(6, (p) => p[2]));
        expect(one.rowTotals).toEqual(other.rowTotals);
        expect(one.total).toEqual(other.total);
      }),
      { numRuns: 1000 },
    );
  });

  it('hides a second cell of a row whose only small cell could otherwise be subtracted from the total', () => {
    const { values, total } = suppressBreakdown([3, 12, 40, 0]);
    expect(values).toEqual(['<5', 'x', 40, 0]);
    expect(total).toBe(55);
  });

  it('publishes zeros as 0 and leaves a table without small cells alone', () => {
    expect(suppressBreakdown([0, 7, 9])).toEqual({ values: [0, 7, 9], total: 16 });
  });

  it('hides a total of 1 to 4 along with its cells', () => {
    expect(suppressBreakdown([2, 0, 1])).toEqual({ values: ['<5', 0, '<5'], total: '<5' });
  });

  it('protects a lone small cell in a two-way table through its row and its column', () => {
    const published = suppressTable([[2, 10, 11], [9, 12, 30]]);
    expect(published.cells[0]![0]).toBe('<5');
    expect(recoverable(published)).toEqual(new Map());
    expect(published.cells.flat().filter((v) => v === 'x').length).toBeGreaterThanOrEqual(2);
  });
});
