import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchOffer } from './offers-index';
import { findDataFolder, hashInputs, readSources, type Posting, type Sources } from './sources';

// Bump when the generator changes, so cached corpora are rebuilt.
const GENERATOR_VERSION = 'offers-v2';
export const DEFAULT_OFFERS = 100_000;

export const MUNICIPALITIES = [
  'upala', 'los-chiles', 'la-cruz', 'escazu', 'san-carlos', 'esquipulas', 'villa-nueva', 'san-pedro-sula',
  'panama', 'liberia', 'guatemala', 'tegucigalpa', 'choloma', 'david', 'colon',
] as const;
const SKILL_IDS = 500;

/** mulberry32: a small seeded PRNG, so the same N always gives the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: () => number, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

// The portal's own link line closes every EURES posting; it is not what an employer wrote.
const PORTAL_LINE = /\n*Para acceder al detalle de la oferta haga click aquí\s*$/;
const CONTACT = /\n?Datos de contacto:/;

/** A posting's own words in sentences, and its contact block (kept whole, as published). */
export function piecesOf(posting: Posting): { sentences: string[]; contact: string } {
  const text = posting.description.replace(PORTAL_LINE, '');
  const at = text.search(CONTACT);
  const body = at === -1 ? text : text.slice(0, at);
  const sentences = body.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 0);
  return { sentences, contact: at === -1 ? '' : text.slice(at).trim() };
}

/**
 * N offers: a typed Mexican title (with its salary), and the description and ESCO label of
 * a EURES posting with one or two sentences of another posting of the same occupation
 * (any posting when it is the only one) spliced in, so descriptions are real text yet
 * mostly distinct.
 */
export function buildOffers(sources: Sources, n: number, seed = 20_250_101): BenchOffer[] {
  const rng = seededRandom(seed);
  const pieces = sources.postings.map(piecesOf);
  const byOccupation = new Map<string, number[]>();
  sources.postings.forEach((p, i) => byOccupation.set(p.occupation, [...(byOccupation.get(p.occupation) ?? []), i]));

  const offers: BenchOffer[] = [];
  for (let id = 1; id <= n; id++) {
    const typed = pick(rng, sources.titles);
    const base = Math.floor(rng() * sources.postings.length);
    const posting = sources.postings[base] as Posting;
    const siblings = posting.occupation ? (byOccupation.get(posting.occupation) ?? []) : [];
    const donor = siblings.length > 1 ? pick(rng, siblings) : Math.floor(rng() * sources.postings.length);
    const { sentences, contact } = pieces[base] as ReturnType<typeof piecesOf>;
    const parts = [...sentences];
    const extra = (pieces[donor] as ReturnType<typeof piecesOf>).sentences;
    for (let k = 1 + Math.floor(rng() * 2); k > 0 && extra.length > 0; k--) {
      parts.splice(Math.floor(rng() * (parts.length + 1)), 0, pick(rng, extra));
    }
    const skills = new Set<number>();
    const wanted = 2 + Math.floor(rng() * 5);
    while (skills.size < wanted) skills.add(1 + Math.floor(rng() * SKILL_IDS));
    offers.push({
      id,
      title: typed.title,
      occupation: posting.occupation,
      description: [parts.join(' '), contact].filter(Boolean).join('\n'),
      municipality: pick(rng, MUNICIPALITIES),
      salary: typed.salary ?? 3_000 + 500 * Math.floor(rng() * 50),
      skills: [...skills],
      remote: rng() < 0.15,
    });
  }
  return offers;
}

export interface Corpus {
  offers: BenchOffer[];
  sources: Sources;
  /** Where the corpus came from: the cache file, or generated now. */
  cacheFile: string;
  cached: boolean;
}

export type CorpusResult = { ok: true; corpus: Corpus } | { ok: false; message: string };

/** The corpus of N offers, from the cache in the temp folder when the inputs have not changed. */
export function loadCorpus(n = DEFAULT_OFFERS, options: { cache?: boolean; dataDir?: string } = {}): CorpusResult {
  const folder = findDataFolder(options.dataDir);
  if (!folder.ok) return { ok: false, message: folder.message };
  const cacheFile = join(tmpdir(), `solidaria-bench-corpus-${n}-${hashInputs(folder.dir, GENERATOR_VERSION)}.json`);
  if (options.cache !== false && existsSync(cacheFile)) {
    const { offers, sources } = JSON.parse(readFileSync(cacheFile, 'utf8')) as Pick<Corpus, 'offers' | 'sources'>;
    return { ok: true, corpus: { offers, sources, cacheFile, cached: true } };
  }
  const sources = readSources(folder.dir);
  const offers = buildOffers(sources, n);
  if (options.cache !== false) {
    writeFileSync(`${cacheFile}.tmp`, JSON.stringify({ offers, sources }));
    renameSync(`${cacheFile}.tmp`, cacheFile);
  }
  return { ok: true, corpus: { offers, sources, cacheFile, cached: false } };
}
