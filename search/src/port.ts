import type { Write } from '@solidaria/db';

/** Which engine answers searches: SQLite FTS5 in the app's database, or Meilisearch. */
export type SearchEngineName = 'embedded' | 'meilisearch';

export interface SearchHealth {
  engine: SearchEngineName;
  ok: boolean;
}

/** A searchable document: a numeric id and flat fields (strings, numbers, booleans, lists). */
export type SearchDocument = { id: number } & Record<string, string | number | boolean | null | string[] | number[]>;

export type Filter =
  | { field: string; op: '='; value: string | number | boolean }
  | { field: string; op: 'in'; values: readonly (string | number)[] }
  | { field: string; op: '>=' | '<='; value: number };

export interface SearchQuery {
  q: string;
  filters?: readonly Filter[];
  facets?: readonly string[];
  sort?: readonly { field: string; direction: 'asc' | 'desc' }[];
  page?: number;
  perPage?: number;
  /** Mark the matched words in the searchable fields (long fields as snippets). */
  highlight?: boolean;
  /** Search only these searchable fields; all by default (the title-like ones with `asYouType`). */
  fields?: readonly string[];
  /**
   * The person is still typing (a suggestion box): search only the index's title-like
   * fields (`asYouType` in its definition), which both engines answer faster. The last
   * word is a prefix unless the text ends with a space, as in every query.
   */
  asYouType?: boolean;
}

export interface SearchHit<Doc extends SearchDocument = SearchDocument> {
  document: Doc;
  /** Searchable fields with the matched words wrapped in <mark>…</mark>, when asked. */
  highlights?: Record<string, string>;
}

export interface SearchResult<Doc extends SearchDocument = SearchDocument> {
  hits: SearchHit<Doc>[];
  /** Matching documents, counted exactly up to 1,000; more when `totalIsLowerBound`. */
  total: number;
  totalIsLowerBound: boolean;
  facets: Record<string, Record<string, number>>;
  page: number;
  perPage: number;
}

/** The search port. Both engines implement it; nothing outside `search/` knows which runs. */
export interface SearchEngine {
  readonly name: SearchEngineName;
  /** Creates or updates the engine's structures for every index; run at start. */
  applySettings(): Promise<void>;
  /** Writes that put documents in (or take them out of) an index, for the same atomic unit as the data. */
  upsertWrites(index: string, documents: readonly SearchDocument[]): Write[];
  deleteWrites(index: string, ids: readonly number[]): Write[];
  search<Doc extends SearchDocument = SearchDocument>(index: string, query: SearchQuery): Promise<SearchResult<Doc>>;
  /** Empties an index before a rebuild from the database. */
  clear(index: string): Promise<void>;
  /** The ids an index holds, when the engine can list them cheaply (for rebuilds in place). */
  documentIds?(index: string): Promise<number[]>;
  health(): Promise<SearchHealth>;
}
