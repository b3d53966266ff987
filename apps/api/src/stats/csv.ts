// The browser build: it brings its own Buffer, so the worker bundle (no nodejs_compat) loads.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { PublishedFigures } from './figures';

/**
 * A cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first)
 * gets a leading apostrophe, so it opens as text (OWASP's CSV injection advice).
 */
export function neutralised(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const regionName = (code: string, lang: 'es' | 'en'): string | null => {
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' }).of(code) ?? null;
  } catch {
    return null; // not a region code: the key alone says it
  }
};

/**
 * The figures as CSV: one line per figure and category plus one for its total, with
 * the same suppression as the page ("<5", "x"), UTF-8 with a byte order mark so
 * spreadsheet programs read accents right.
 */
export function figuresCsv(published: PublishedFigures, lang: 'es' | 'en'): string {
  const place = published.municipality?.name ?? published.municipalities.map((m) => m.name).join(' · ');
  const labelOf = new Map(published.categories.map((c) => [c.key, c.label ?? (published.by === 'nationality' ? regionName(c.key, lang) : null)]));
  const rows: string[][] = [];
  for (const figure of published.figures) {
    const line = (breakdown: string, category: string, label: string, value: number | string) =>
      rows.push([place, published.from, published.to, figure.measure, figure.currency ?? '', breakdown, category, label, String(value)]);
    for (const cell of figure.breakdown ?? []) line(published.by, cell.key, labelOf.get(cell.key) ?? '', cell.value);
    line('total', '', '', figure.total);
  }
  const header = ['municipality', 'from', 'to', 'measure', 'currency', 'breakdown', 'category', 'category_label', 'value'];
  return `\uFEFF${stringify([header, ...rows.map((row) => row.map(neutralised))], { record_delimiter: '\r\n' })}`;
}

/** A file name that says what is in the file. */
export const csvFileName = (published: PublishedFigures) =>
  `solidaria-figures-${published.municipality?.slug ?? 'all'}-${published.from}-${published.to}-by-${published.by}.csv`;
