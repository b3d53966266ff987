/**
 * Which hidden values a table's published values and its equations pin down exactly,
 * by any combination of the equations (not only one unknown at a time): a hidden value
 * is determined when its unit vector lies in the row space of the equations restricted
 * to the hidden values. Gaussian elimination to reduced row echelon form; coefficients
 * are ±1, so floating point with a tolerance is exact enough at these sizes.
 *
 * `equations` lists, per equation, the items it adds up with the sum item last.
 */
export function determinedHidden(itemCount: number, equations: readonly (readonly number[])[], hidden: readonly boolean[]): number[] {
  const columns = Array.from({ length: itemCount }, (_, i) => i).filter((i) => hidden[i]);
  const columnOf = new Map(columns.map((item, c) => [item, c]));
  const rows = equations.map((equation) => {
    const row = new Array<number>(columns.length).fill(0);
    equation.forEach((item, k) => {
      const c = columnOf.get(item);
      if (c !== undefined) row[c] = (row[c] as number) + (k === equation.length - 1 ? -1 : 1);
    });
    return row;
  });
  const EPS = 1e-9;
  let pivotRow = 0;
  const pivots: number[] = [];
  for (let c = 0; c < columns.length && pivotRow < rows.length; c++) {
    const found = rows.findIndex((row, r) => r >= pivotRow && Math.abs(row[c] as number) > EPS);
    if (found < 0) continue;
    [rows[pivotRow], rows[found]] = [rows[found] as number[], rows[pivotRow] as number[]];
    const pivot = rows[pivotRow] as number[];
    const scale = pivot[c] as number;
    for (let k = 0; k < pivot.length; k++) pivot[k] = (pivot[k] as number) / scale;
    rows.forEach((row, r) => {
      if (r === pivotRow || Math.abs(row[c] as number) <= EPS) return;
      const factor = row[c] as number;
      for (let k = 0; k < row.length; k++) row[k] = (row[k] as number) - factor * (pivot[k] as number);
    });
    pivots.push(c);
    pivotRow++;
  }
  const determined: number[] = [];
  for (let r = 0; r < pivots.length; r++) {
    const row = rows[r] as number[];
    if (row.filter((v) => Math.abs(v) > EPS).length === 1) determined.push(columns[pivots[r] as number] as number);
  }
  return determined;
}
