import { error } from '@sveltejs/kit';
import { pageInstead } from './employer';

// The office's lists the API gives a page at a time: a page starts after (or before) a
// position the API gave in its `next` (or `previous`), and the page's links carry it.

/** Where the page in the address starts; both directions at once is no page of the list. */
export function pageStart(url: URL): { after?: string; before?: string } {
  const [after, before] = [url.searchParams.get('after'), url.searchParams.get('before')];
  if (after !== null && before !== null) error(404, 'Not found');
  return after !== null ? { after } : before !== null ? { before } : {};
}

/** A list's failed answer as a page: a position the API did not give (a 422) is a missing page. */
export function pageOfListInstead(res: { status: number }, path: string): never {
  if (res.status === 422) error(404, 'Not found');
  pageInstead(res, path);
}

/** The previous and next links of a page, keeping the address's other `kept` values. */
export function pageHrefs(path: string, page: { previous: string | null; next: string | null }, kept: Record<string, string> = {}) {
  const href = (position: string | null, direction: 'after' | 'before') =>
    position === null ? null : `${path}?${new URLSearchParams({ ...kept, [direction]: position })}`;
  return { previousHref: href(page.previous, 'before'), nextHref: href(page.next, 'after') };
}
