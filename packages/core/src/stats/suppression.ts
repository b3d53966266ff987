/**
 * Small-cell suppression for the office's figures: the one function the API, the pages
 * and the CSV export all publish through.
 *
 * Rules (what we chose, and why):
 * - A cell counting 1 to 4 people is published as "<5" (primary suppression).
 * - Zero is published as 0: that nobody in a group was counted discloses nothing about
 *   a person, and hiding zeros would make every sparse table unreadable.
 * - Secondary suppression: a table is published with its row totals, column totals and
 *   overall total, and each of those is an equation (cells of a row add up to its total).
 *   No equation may contain exactly one hidden value, or that value could be worked out
 *   by subtraction. Until no equation has exactly one, the smallest non-zero published
 *   cell of such an equation is hidden too (totals only when no cell is left, zeros last).
 *   Then, until no hidden count can be pinned down by any combination of the equations
 *   (linear algebra, not only one unknown at a time), one more value is hidden.
 *   A value hidden this way is published as "x" (it may be 5 or more).
 */

import { determinedHidden } from './disclosure';

/** A published count: the number, "<5" for 1–4, or "x" hidden so a "<5" cannot be recovered. */
export type Published = number | '<5' | 'x';

export const SMALL_CELL = 5;

export interface PublishedTable {
  cells: Published[][];
  rowTotals: Published[];
  columnTotals: Published[];
  total: Published;
}

/** Which values of a table (with its margins) are hidden. */
export interface SuppressionPattern {
  cells: boolean[][];
  rowTotals: boolean[];
  columnTotals: boolean[];
  total: boolean;
}

const isSmall = (n: number) => n > 0 && n < SMALL_CELL;

interface Item {
  value: number;
  margin: boolean;
  hidden: boolean;
}

/**
 * Decides what to hide in a table of counts of people (rows × columns, at least one
 * of each). Pure and deterministic: the same table always gets the same pattern.
 */
export function suppressionPattern(counts: readonly (readonly number[])[]): SuppressionPattern {
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  if (rows === 0 || columns === 0) throw new Error('a table needs at least one row and one column');
  if (counts.some((row) => row.length !== columns)) throw new Error('every row needs the same number of columns');
  if (counts.some((row) => row.some((n) => !Number.isInteger(n) || n < 0))) throw new Error('counts are whole numbers, never negative');
  const item = (value: number, margin: boolean): Item => ({ value, margin, hidden: isSmall(value) });
  const cells = counts.map((row) => row.map((n) => item(n, false)));
  const rowTotals = counts.map((row) => item(row.reduce((a, b) => a + b, 0), true));
  const columnTotals = Array.from({ length: columns }, (_, c) => item(counts.reduce((a, row) => a + (row[c] as number), 0), true));
  const total = item(rowTotals.reduce((a, t) => a + t.value, 0), true);

  const equations: Item[][] = [
    ...cells.map((row, r) => [...row, rowTotals[r] as Item]),
    ...columnTotals.map((columnTotal, c) => [...cells.map((row) => row[c] as Item), columnTotal]),
    [...columnTotals, total],
    [...rowTotals, total],
  ];
  const oneUnknownRule = () => {
    for (let changed = true; changed; ) {
      changed = false;
      for (const equation of equations) {
        if (equation.filter((i) => i.hidden).length !== 1) continue;
        const next = secondChoice(equation.filter((i) => !i.hidden), rowTotals, total);
        if (next) {
          next.hidden = true;
          changed = true;
        }
      }
    }
  };
  // Then the stronger check: no combination of equations may pin a hidden count down
  // either (two suppressed blocks joined by a single hidden cell would). Each round
  // hides one more value; with everything hidden nothing non-zero is determined, so it ends.
  const items = [...cells.flat(), ...rowTotals, ...columnTotals, total];
  const indexOf = new Map(items.map((it, i) => [it, i]));
  const equationItems = equations.map((equation) => equation.map((it) => indexOf.get(it) as number));
  for (;;) {
    oneUnknownRule();
    const exposed = determinedHidden(items.length, equationItems, items.map((it) => it.hidden)).map((i) => items[i] as Item).find((it) => it.value > 0);
    if (!exposed) break;
    const around = equations.find((equation) => equation.includes(exposed) && equation.some((it) => !it.hidden)) ?? items;
    const next = secondChoice(around.filter((it) => !it.hidden), rowTotals, total);
    if (!next) break;
    next.hidden = true;
  }
  const hidden = (i: Item) => i.hidden;
  return { cells: cells.map((row) => row.map(hidden)), rowTotals: rowTotals.map(hidden), columnTotals: columnTotals.map(hidden), total: total.hidden };
}

/**
 * The value to hide next: the smallest non-zero cell, else the smallest non-zero column
 * total, else a zero; row totals and the overall total last of all. Columns are a
 * breakdown's categories, so row totals and the overall total are the same in every
 * breakdown of a measure: hiding one in one breakdown and not another would let the two
 * be played off against each other.
 */
function secondChoice(candidates: Item[], rowTotals: readonly Item[], overall: Item): Item | undefined {
  const rank = (i: Item) => (i === overall ? 4 : rowTotals.includes(i) ? 3 : i.value > 0 ? (i.margin ? 1 : 0) : 2);
  return [...candidates].sort((a, b) => rank(a) - rank(b) || a.value - b.value)[0];
}

/** A count as published under a pattern: "<5" for 1–4, "x" for a value hidden to protect one. */
export function publish(value: number, hidden: boolean): Published {
  if (!hidden) return value;
  return isSmall(value) ? '<5' : 'x';
}

/** A table of counts of people with its margins, as it may be published. */
export function suppressTable(counts: readonly (readonly number[])[]): PublishedTable {
  const pattern = suppressionPattern(counts);
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = (counts[0] ?? []).map((_, c) => counts.reduce((a, row) => a + (row[c] as number), 0));
  return {
    cells: counts.map((row, r) => row.map((n, c) => publish(n, pattern.cells[r]?.[c] ?? true))),
    rowTotals: rowTotals.map((n, r) => publish(n, pattern.rowTotals[r] ?? true)),
    columnTotals: columnTotals.map((n, c) => publish(n, pattern.columnTotals[c] ?? true)),
    total: publish(rowTotals.reduce((a, b) => a + b, 0), pattern.total),
  };
}

/** One breakdown (categories and their total) as it may be published. */
export function suppressBreakdown(counts: readonly number[]): { values: Published[]; total: Published } {
  const table = suppressTable([counts.length > 0 ? counts : [0]]);
  return { values: counts.length > 0 ? (table.cells[0] as Published[]) : [], total: table.total };
}
