// The offer editor keeps its two searches (occupation, and skills under `q` as the profile's search has it) in the address, so each
// form's action and each redirect comes back to the same searches.
export const SEARCH_PARAMS = ['occupation', 'q'] as const;

/** The searches of an address, as a query string to start another one with ("?occupation=x&"). */
export function keptSearches(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const name of SEARCH_PARAMS) {
    const value = params.get(name);
    if (value) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `?${query}&` : '?';
}

/** A form action of this page that keeps the searches: "?occupation=x&/addSkill". */
export const actionKeepingSearches = (params: URLSearchParams, action: string) => `${keptSearches(params)}/${action}`;

/** This page again with its searches, and what was just done ("saved"). */
export function samePage(url: URL, done?: string): string {
  const kept = keptSearches(url.searchParams);
  const query = `${kept}${done ? `done=${done}` : ''}`.replace(/[?&]$/, '');
  return `${url.pathname}${query}`;
}
