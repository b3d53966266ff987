import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The real postings live beside the project (../shared/data), never inside it.
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const defaultDataDir = resolve(repoRoot, '../shared/data');

const FILES = { eures: 'eures-es-2025.csv', mx2018: 'mx-jobs-2018.csv', mx2020: 'mx-jobs-2020.csv' } as const;

/** A Mexican vacancy as people typed it: a title, and the monthly salary when it is a number. */
export interface TypedTitle {
  title: string;
  salary: number | null;
}

/** A EURES posting with its labelled ESCO occupation (empty for a few). */
export interface Posting {
  title: string;
  occupation: string;
  description: string;
}

export interface Sources {
  titles: TypedTitle[];
  postings: Posting[];
}

export type DataFolder = { ok: true; dir: string } | { ok: false; dir: string; message: string };

export function findDataFolder(dir = process.env.BENCH_DATA_DIR ?? defaultDataDir): DataFolder {
  const missing = Object.values(FILES).filter((f) => !existsSync(join(dir, f)));
  if (missing.length === 0) return { ok: true, dir };
  return {
    ok: false,
    dir,
    message: `The real job postings are not at ${dir} (missing ${missing.join(', ')}); the benchmark needs them to build its corpus.`,
  };
}

/** A short hash of the input files, so a cached corpus is rebuilt when they change. */
export function hashInputs(dir: string, salt: string): string {
  const hash = createHash('sha256').update(salt);
  for (const f of Object.values(FILES)) hash.update(readFileSync(join(dir, f)));
  return hash.digest('hex').slice(0, 16);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
}

export function readSources(dir: string): Sources {
  const titles: TypedTitle[] = [];
  for (const file of [FILES.mx2018, FILES.mx2020]) {
    for (const row of readCsv(join(dir, file))) {
      const title = squash(row.offer ?? '');
      const salary = Number(row.salary);
      if (title.length >= 2) titles.push({ title, salary: Number.isFinite(salary) && salary > 0 ? Math.round(salary) : null });
    }
  }
  const postings = readCsv(join(dir, FILES.eures))
    .map((row) => ({ title: squash(row.titulo ?? ''), occupation: squash(row.ocupacion ?? ''), description: (row.descripcion ?? '').trim() }))
    .filter((p) => p.title && p.description);
  return { titles, postings };
}
