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

const HEADER: Record<'es' | 'en', string[]> = {
  es: ['municipio', 'desde', 'hasta', 'cifra', 'moneda', 'desglose', 'categoría', 'nombre de la categoría', 'valor'],
  en: ['municipality', 'from', 'to', 'measure', 'currency', 'breakdown', 'category', 'category name', 'value'],
};

/**
 * The figures as CSV: one line per figure and category plus one for its total, with
 * the same suppression as the page ("<5", "x"), UTF-8 with a byte order mark so
 * spreadsheet programs read accents right. Each category has its code (for programs)
 * and its name in `lang` (for people), and the header row is in `lang` too; the months
 * of the period are YYYY-MM.
 */
export function figuresCsv(published: PublishedFigures, lang: 'es' | 'en'): string {
  const place = published.municipality?.name ?? published.municipalities.map((m) => m.name).join(' · ');
  const nameOf = new Map(published.categories.map((c) => [c.key, c.label]));
  const rows: string[][] = [];
  for (const figure of published.figures) {
    const line = (breakdown: string, category: string, name: string, value: number | string) =>
      rows.push([place, published.from, published.to, figure.measure, figure.currency ?? '', breakdown, category, name, String(value)]);
    for (const cell of figure.breakdown ?? []) line(published.by, cell.key, nameOf.get(cell.key) ?? '', cell.value);
    line('total', '', 'Total', figure.total);
  }
  return `\uFEFF${stringify([HEADER[lang], ...rows.map((row) => row.map(neutralised))], { record_delimiter: '\r\n' })}`;
}

/** A file name that says what is in the file. */
export const csvFileName = (published: PublishedFigures) =>
  `solidaria-figures-${published.municipality?.slug ?? 'all'}-${published.from}-${published.to}-by-${published.by}.csv`;
