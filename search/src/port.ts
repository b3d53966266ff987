/** Which engine answers searches: SQLite FTS5 in the app's database, or Meilisearch. */
export type SearchEngineName = 'embedded' | 'meilisearch';

export interface SearchHealth {
  engine: SearchEngineName;
  ok: boolean;
}

/** The search port. Both engines implement it; nothing outside `search/` knows which runs. */
export interface SearchEngine {
  readonly name: SearchEngineName;
  health(): Promise<SearchHealth>;
}
