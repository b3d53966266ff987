/** A search request the engine cannot answer as asked (unknown index or field). */
export class SearchError extends Error {
  constructor(
    readonly code: 'UNKNOWN_INDEX' | 'UNKNOWN_FIELD',
    message: string,
  ) {
    super(message);
    this.name = 'SearchError';
  }
}
