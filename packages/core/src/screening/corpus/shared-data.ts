// Ordinary offers built from the real postings in ../shared/data (beside the repository,
// never copied into it): titles as people typed them at Mexico's public employment
// service, descriptions from EURES. Test support only — it reads files, so nothing in
// the screening itself imports it.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv';
import { type CorpusOffer, ordinaryOffer } from './ordinary';

/** ../shared/data beside the repository root, wherever the repository is cloned. */
export const SHARED_DATA = new URL('../../../../../../shared/data/', import.meta.url);

const FILES = { eures: 'eures-es-2025.csv', mx2018: 'mx-jobs-2018.csv', mx2020: 'mx-jobs-2020.csv' } as const;

export function sharedDataPresent(dir: URL = SHARED_DATA): boolean {
  return Object.values(FILES).every((file) => existsSync(fileURLToPath(new URL(file, dir))));
}

const read = (dir: URL, file: string) => parseCsv(readFileSync(new URL(file, dir), 'utf8'));

/** Every `step`-th item, so the sample spans the whole file rather than its first days. */
function spread<T>(items: T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return Array.from({ length: Math.min(count, items.length) }, (_, i) => items[i * step] as T);
}

/** `count` ordinary offers: the nth Mexican title with the nth EURES description. */
export function ordinaryFromSharedData(count: number, dir: URL = SHARED_DATA): CorpusOffer[] {
  const titles = [...read(dir, FILES.mx2018), ...read(dir, FILES.mx2020)]
    .map((row) => (row.offer ?? '').replace(/\s+/g, ' ').trim())
    .filter((title) => title.length >= 3);
  const descriptions = read(dir, FILES.eures)
    .map((row) => ({ url: row.url ?? '', text: (row.descripcion ?? '').trim() }))
    .filter((d) => d.text.length >= 30);
  const pickedTitles = spread(titles, count);
  return spread(descriptions, count).map((d, n) => ordinaryOffer(`EURES ${d.url.split('/').pop() ?? n} / "${pickedTitles[n]}"`, pickedTitles[n] ?? 'oferta', d.text, n));
}
