import { sql } from 'drizzle-orm';
import type { Database } from '@solidaria/db';
import { terms } from '../text/normalize';

const REFRESH_MS = 10 * 60_000;
/**
 * Past this many texts in one write (a reindex, an import), reading the index's words
 * again at the next search (some 200 ms for 20,000 words) costs far less than splitting
 * every text here: 100,000 offers took 3 s of splitting, 40 % of their indexing.
 */
const RELOAD_AFTER_TEXTS = 1_000;

/** Where `term` is in the sorted `words`, or where it would go. */
function position(words: readonly string[], term: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid] as string) < term) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * An index's words, in memory, for finding typo candidates in a millisecond instead of
 * scanning fts5vocab on every query. Loaded once from fts5vocab, grown as documents are
 * written, and read again after ten minutes if another connection has written to the
 * database since (a reindex from the command line, say) — or, where SQLite cannot tell
 * (D1), every ten minutes: reading 20,000 words of a large index takes some 200 ms. A
 * word of a deleted document may linger: it only costs a candidate that matches nothing.
 *
 * Kept as one sorted array per first letter (no sets or maps of words): the words
 * sharing a beginning sit together for the typo walk, lookups are binary searches, and
 * 20,000 words take about 1 MB instead of 5.
 */
export class Vocabulary {
  private byFirst = new Map<string, string[]>();
  private loadedAt = 0;
  /** `PRAGMA data_version` when loaded: it changes when another connection commits. */
  private version: number | null = null;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly vocabTable: string,
    private readonly now: () => number = Date.now,
  ) {}

  add(text: string): void {
    this.addAll([text]);
  }

  /**
   * Adds the words of a batch of texts (the searchable fields of the documents written).
   * Words repeat across a batch, so each whitespace-separated piece is split into terms
   * once: splitting every text with terms() cost as much as SQLite spent indexing it.
   * Whitespace is never part of a term, so the pieces give the same terms as the texts.
   */
  addAll(texts: Iterable<string>): void {
    if (this.loadedAt === 0) return; // the first load will read it from the index
    const seen = new Set<string>();
    let n = 0;
    for (const text of texts) {
      if (++n > RELOAD_AFTER_TEXTS) return this.forget();
      for (const piece of text.split(/\s+/)) {
        if (seen.has(piece)) continue;
        seen.add(piece);
        for (const term of terms(piece)) this.insert(term);
      }
    }
  }

  private insert(term: string): void {
    const first = term[0] as string;
    let words = this.byFirst.get(first);
    if (!words) this.byFirst.set(first, (words = []));
    const at = position(words, term);
    if (words[at] !== term) words.splice(at, 0, term);
  }

  /** Drops what was loaded (the index was rebuilt): the next search loads it again. */
  forget(): void {
    this.loadedAt = 0;
    this.version = null;
    this.byFirst = new Map();
  }

  /** Loads the words if they are not in memory yet (or are ten minutes old). */
  async ready(): Promise<this> {
    if (this.now() - this.loadedAt > REFRESH_MS) {
      this.loading ??= this.refresh().finally(() => (this.loading = undefined));
      await this.loading;
    }
    return this;
  }

  private async refresh() {
    if (this.loadedAt > 0 && this.version !== null && (await this.dataVersion()) === this.version) {
      this.loadedAt = this.now();
      return;
    }
    await this.load();
  }

  private async dataVersion(): Promise<number | null> {
    try {
      const [row] = await this.db.orm.all<{ data_version: number }>(sql`PRAGMA data_version`);
      return typeof row?.data_version === 'number' ? row.data_version : null;
    } catch {
      return null; // D1 answers only the pragmas it lists
    }
  }

  /** How many words it holds. */
  get size(): number {
    let n = 0;
    for (const words of this.byFirst.values()) n += words.length;
    return n;
  }

  /** The first letters words start with. */
  firstLetters(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** Words starting with `first`, sorted, so words sharing a beginning sit together. */
  sortedStartingWith(first: string): readonly string[] {
    return this.byFirst.get(first) ?? [];
  }

  has(term: string): boolean {
    const words = this.byFirst.get(term[0] as string);
    return words !== undefined && words[position(words, term)] === term;
  }

  private async load() {
    this.version = await this.dataVersion();
    const rows = await this.db.orm.all<{ term: string }>(sql`SELECT term FROM ${sql.identifier(this.vocabTable)}`);
    const byFirst = new Map<string, string[]>();
    for (const { term } of rows) {
      const first = term[0] as string;
      let words = byFirst.get(first);
      if (!words) byFirst.set(first, (words = []));
      words.push(term);
    }
    // fts5vocab lists terms in the index's order (bytes of UTF-8), not JavaScript's.
    for (const words of byFirst.values()) words.sort();
    this.byFirst = byFirst;
    this.loadedAt = this.now();
  }
}
