import { z } from '@hono/zod-openapi';
import { ApiError } from '../errors';

// The office's long lists come a page at a time. A page starts just past a position: the
// sort key and id of the last item shown ("2026-10-20.42"), so adding or deciding items
// never shifts what the next link shows. Each list says what its key looks like; the
// query, the answer and how a page is cut are the same for all of them.

export const PAGE_DEFAULT = 50;
export const PAGE_MAX = 100;

const NOT_A_POSITION = 'Not a position in this list.';

/** A list's positions, `<key>.<id>`: `key` is the pattern of the sort key, `valid` any further check on it. */
export function positionFormat(key: string, valid: (key: string) => boolean = () => true) {
  const pattern = new RegExp(`^(${key})\\.([1-9]\\d{0,9})$`);
  return {
    /** A position as the page's links carry it. */
    param: z.string().regex(pattern, NOT_A_POSITION).refine((value) => valid(pattern.exec(value)?.[1] ?? ''), NOT_A_POSITION),
    /** The key and id of a position the param accepted. */
    read(value: string) {
      const [, sortKey, id] = pattern.exec(value) as RegExpExecArray;
      return { key: sortKey!, id: Number(id) };
    },
    write: (sortKey: string, id: number) => `${sortKey}.${id}`,
  };
}

/** The query of a paged list: `limit`, and where the page starts. */
export function pageQuery(position: z.ZodType<string>) {
  return {
    limit: z.coerce.number().int().min(1).max(PAGE_MAX).default(PAGE_DEFAULT),
    after: position.optional().openapi({ description: 'The page after this position: a `next` of an earlier answer' }),
    before: position.optional().openapi({ description: 'The page before this position: a `previous` of an earlier answer' }),
  };
}

/** What a paged answer says besides its items. */
export const pageLinks = {
  hasMore: z.boolean().openapi({ description: 'Whether more items follow this page' }),
  next: z.string().nullable().openapi({ description: 'The `after` of the next page, when there is one' }),
  previous: z.string().nullable().openapi({ description: 'The `before` of the previous page, when there is one' }),
};

export interface PageWanted {
  limit: number;
  /** The page after this position or before it; at most one. */
  after?: string;
  before?: string;
}

/** Refuses, as the other invalid values are refused, a page asked for in both directions. */
export function oneDirection(wanted: PageWanted) {
  if (wanted.after !== undefined && wanted.before !== undefined) {
    throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { before: 'Give after or before, not both.' });
  }
}

/**
 * The page out of the items read nearest the starting position first (at most one more
 * than the page, which says whether there is more), in list order, with the positions its
 * previous and next links start from.
 */
export function cutPage<T>(nearestFirst: readonly T[], wanted: PageWanted, positionOf: (item: T) => string) {
  const backwards = wanted.before !== undefined;
  const more = nearestFirst.length > wanted.limit;
  const page = nearestFirst.slice(0, wanted.limit);
  const items = backwards ? page.reverse() : page;
  const [first, last] = [items[0], items.at(-1)];
  const next = (backwards || more) && last !== undefined ? positionOf(last) : null;
  const previous = (backwards ? more : wanted.after !== undefined) && first !== undefined ? positionOf(first) : null;
  return { items, hasMore: next !== null, next, previous };
}
