import { count } from 'drizzle-orm';
import { schema, type Database } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { createEmbeddedSearch, occupationsIndex, reindex } from '@solidaria/search';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { indexDocuments } from './embedded';
import { benchPostingsIndex, benchPostingsTextIndex } from './offers-index';
import { sample, withOneTypo } from './queries';
import { repoRoot, type Posting } from './sources';

export interface Rate {
  found: number;
  n: number;
  misses: string[];
}

const rate = (): Rate => ({ found: 0, n: 0, misses: [] });
const tally = (r: Rate, ok: boolean, query: string) => {
  r.n++;
  if (ok) r.found++;
  else if (r.misses.length < 8) r.misses.push(query);
};
export const percent = (r: Rate) => (r.n === 0 ? Number.NaN : (100 * r.found) / r.n);

// A full ESCO import (npm run taxonomy:import) fills the occupations table of a real database;
// the bench's fresh database has only the starter taxonomy from the migrations.
const FULL_ESCO = 2_000;

/**
 * Copies the occupations of a database with the full ESCO import into the bench's, when
 * one is found: BENCH_TAXONOMY_DB, the one `npm run bench` gives (the matching
 * benchmark's, which imports ../shared/esco), or the app's own.
 */
async function bringTaxonomy(db: Database, given?: string): Promise<string> {
  const candidates = [process.env.BENCH_TAXONOMY_DB, given, join(repoRoot, 'data/solidaria.db')].filter((f): f is string => !!f && existsSync(f));
  for (const file of candidates) {
    const other = openSqliteDatabase(file);
    const rows = await other.orm.select().from(schema.occupations);
    other.close();
    if (rows.length < FULL_ESCO) continue;
    const inserts = [];
    for (let i = 0; i < rows.length; i += 1_000) inserts.push(db.orm.insert(schema.occupations).values(rows.slice(i, i + 1_000)));
    await db.atomic([db.orm.delete(schema.occupations), ...inserts]);
    return `ESCO taxonomy from ${file} (${rows.length} occupations)`;
  }
  const [row] = await db.orm.select({ n: count() }).from(schema.occupations);
  return `starter taxonomy only (${row?.n ?? 0} occupations; no database with the full ESCO import was found — `
    + 'run `npm run taxonomy:import` and point BENCH_TAXONOMY_DB at that database)';
}

export interface TaxonomyRelevance {
  source: string;
  asIs: Rate;
  typo: Rate;
  /** The same typos with a space after the label: no word is a prefix being typed. */
  typoDone: Rate;
  noAccents: Rate;
}

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');

/** Does typing an occupation's alternative Spanish label find that occupation in the top 5? */
export async function taxonomyRelevance(db: Database, taxonomyDb?: string, labels = 300): Promise<TaxonomyRelevance> {
  const source = await bringTaxonomy(db, taxonomyDb);
  const engine = createEmbeddedSearch(db, [occupationsIndex]);
  await engine.applySettings();
  await reindex(db, engine, occupationsIndex.name);
  const occupations = await db.orm.select({ id: schema.occupations.id, alt: schema.occupations.altLabelsEs }).from(schema.occupations);
  const all = occupations.flatMap((o) => o.alt.map((label) => ({ id: o.id, label })));
  const result: TaxonomyRelevance = { source, asIs: rate(), typo: rate(), typoDone: rate(), noAccents: rate() };
  const inTop5 = async (q: string, id: number) =>
    (await engine.search(occupationsIndex.name, { q, perPage: 5 })).hits.some((h) => h.document.id === id);

  for (const [i, { id, label }] of sample(all, labels, 4).entries()) {
    tally(result.asIs, await inTop5(label, id), label);
    const typo = withOneTypo(label, 5_000 + i);
    if (typo) tally(result.typo, await inTop5(typo, id), `${typo} (${label})`);
    if (typo) tally(result.typoDone, await inTop5(`${typo} `, id), `${typo} (${label})`);
    const plain = withoutAccents(label);
    if (plain !== label) tally(result.noAccents, await inTop5(plain, id), plain);
  }
  return result;
}

export interface PostingsRelevance {
  labels: number;
  postings: number;
  /** Postings indexed with their occupation label. */
  withLabel: Rate;
  /** The same postings without it: only the title and description can find them. */
  textOnly: Rate;
}

/** Does searching an ESCO occupation label return a posting of that occupation in the top 10? */
export async function postingsRelevance(db: Database, postings: readonly Posting[], labels = 100): Promise<PostingsRelevance> {
  const engine = createEmbeddedSearch(db, [benchPostingsIndex, benchPostingsTextIndex]);
  await engine.applySettings();
  const documents = postings.map((p, i) => ({ id: i + 1, ...p }));
  for (const index of [benchPostingsIndex, benchPostingsTextIndex]) await indexDocuments(db, engine, index.name, documents, 1_000);
  const distinct = [...new Set(postings.map((p) => p.occupation).filter(Boolean))].sort();
  const chosen = sample(distinct, labels, 6);
  const result: PostingsRelevance = { labels: chosen.length, postings: postings.length, withLabel: rate(), textOnly: rate() };
  for (const label of chosen) {
    for (const [index, r] of [[benchPostingsIndex.name, result.withLabel], [benchPostingsTextIndex.name, result.textOnly]] as const) {
      const { hits } = await engine.search(index, { q: label, perPage: 10 });
      tally(r, hits.some((h) => h.document.occupation === label), label);
    }
  }
  return result;
}
