import { sql } from 'drizzle-orm';
import type { Database } from '@solidaria/db';
import { terms } from '../text/normalize';

const REFRESH_MS = 10 * 60_000;

/**
 * An index's words, in memory, for finding typo candidates in a millisecond instead of
 * scanning fts5vocab on every query. Loaded once from fts5vocab, grown as documents are
 * written, reloaded every ten minutes (another process may have written). A word of a
 * deleted document may linger: it only costs a candidate that matches nothing.
 */
export class Vocabulary {
  private byFirst = new Map<string, Set<string>>();
  /** Words by all but their first letter, to find first-letter typos without a full scan. */
  private byTail = new Map<string, Set<string>>();
  /** Sorted copies of `byFirst`'s sets, made when first asked for and dropped when a set grows. */
  private sorted = new Map<string, string[]>();
  private loadedAt = 0;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly vocabTable: string,
    private readonly now: () => number = Date.now,
  ) {}

  add(text: string): void {
    if (this.loadedAt === 0) return; // the first load will read it from the index
    for (const term of terms(text)) this.insert(term);
  }

  /** Drops what was loaded (the index was rebuilt): the next search loads it again. */
  forget(): void {
    this.loadedAt = 0;
    this.byFirst = new Map();
    this.byTail = new Map();
    this.sorted = new Map();
  }

  /** Words starting with `first`, and (for first-letter typos) all words, loading if needed. */
  async ready(): Promise<this> {
    if (this.now() - this.loadedAt > REFRESH_MS) {
      this.loading ??= this.load().finally(() => (this.loading = undefined));
      await this.loading;
    }
    return this;
  }

  startingWith(first: string): Iterable<string> {
    return this.byFirst.get(first) ?? [];
  }

  /** How many words it holds. */
  get size(): number {
    let n = 0;
    for (const set of this.byFirst.values()) n += set.size;
    return n;
  }

  /** Words starting with `first`, sorted, so words sharing a beginning sit together. */
  sortedStartingWith(first: string): readonly string[] {
    let sorted = this.sorted.get(first);
    if (!sorted) this.sorted.set(first, (sorted = [...(this.byFirst.get(first) ?? [])].sort()));
    return sorted;
  }

  has(term: string): boolean {
    return this.byFirst.get(term[0] as string)?.has(term) ?? false;
  }

  /** Words that differ from `word` only by their first letter. */
  withTail(tail: string): Iterable<string> {
    return this.byTail.get(tail) ?? [];
  }

  private insert(term: string) {
    const first = term[0] as string;
    let set = this.byFirst.get(first);
    if (!set) this.byFirst.set(first, (set = new Set()));
    if (set.has(term)) return;
    set.add(term);
    this.sorted.delete(first);
    const tail = term.slice(1);
    let tails = this.byTail.get(tail);
    if (!tails) this.byTail.set(tail, (tails = new Set()));
    tails.add(term);
  }

  private async load() {
    const rows = await this.db.orm.all<{ term: string }>(sql`SELECT term FROM ${sql.identifier(this.vocabTable)}`);
    this.byFirst = new Map();
    this.byTail = new Map();
    this.sorted = new Map();
    for (const { term } of rows) this.insert(term);
    this.loadedAt = this.now();
  }
}
