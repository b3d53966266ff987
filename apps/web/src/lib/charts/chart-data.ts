// What a chart draws: one bar per row, proportional to the largest number shown.
// A suppressed value ("<5", or hidden so a "<5" cannot be worked out) is never drawn
// as a length: the chart writes its mark where the bar would be, as the table does.

export type ChartValue = number | '<5' | 'x';

export interface ChartRow {
  key: string;
  label: string;
  value: ChartValue;
  /** The value as the table writes it ("1.234", "₡45.000", "<5", "oculto"). */
  shown: string;
}

/** The largest drawn value, never 0 (so an all-zero chart has no division by zero). */
export const scaleOf = (rows: readonly ChartRow[]): number => Math.max(1, ...rows.map((r) => (typeof r.value === 'number' ? r.value : 0)));

/** A bar's length for a value on a scale; null for a value that must not be drawn. */
export const barLength = (value: ChartValue, scale: number, full: number): number | null => (typeof value === 'number' ? (value / scale) * full : null);

/** A label shortened for the picture (the table beside it has it whole). */
export const clip = (label: string, max = 44): string => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

/** Every how many bars a label fits under a trend of `count` months. */
export const labelEvery = (count: number): number => Math.max(1, Math.ceil(count / 6));
