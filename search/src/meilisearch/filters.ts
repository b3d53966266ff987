import type { IndexDefinition } from '../definition';
import { SearchError } from '../errors';
import type { Filter } from '../port';

/**
 * A value as Meilisearch's filter syntax reads it: numbers and booleans bare, text in
 * double quotes with `"` and `\` escaped, so no value can close the string and inject
 * an operator (`x" OR y = "z`).
 */
export function filterValue(value: string | number | boolean): string {
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`A filter value must be a finite number, not ${value}.`);
    return String(value);
  }
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** Fails with UNKNOWN_FIELD, as the embedded engine does, for a field filters may not use. */
export function assertFilterable(definition: IndexDefinition, field: string): void {
  if (!Object.hasOwn(definition.filterable, field)) {
    throw new SearchError('UNKNOWN_FIELD', `"${field}" cannot be filtered or faceted in ${definition.name}.`);
  }
}

/**
 * One filter as a Meilisearch expression. List fields need nothing special: Meilisearch's
 * `=` and `IN` already match a list when any element matches, like the embedded engine.
 */
export function filterExpression(definition: IndexDefinition, filter: Filter): string {
  assertFilterable(definition, filter.field);
  const field = filter.field;
  switch (filter.op) {
    case '=':
      return `${field} = ${filterValue(filter.value)}`;
    case 'in':
      return `${field} IN [${filter.values.map(filterValue).join(', ')}]`;
    case '>=':
    case '<=':
      return `${field} ${filter.op} ${filterValue(filter.value)}`;
  }
}

/** All filters, every one of which must hold; undefined when there are none. */
export function filterString(definition: IndexDefinition, filters: readonly Filter[] = []): string | undefined {
  const parts = filters.map((f) => filterExpression(definition, f));
  return parts.length > 0 ? parts.join(' AND ') : undefined;
}

/** An `in` with no values matches nothing; Meilisearch is not asked at all then. */
export const matchesNothing = (filters: readonly Filter[] = []) => filters.some((f) => f.op === 'in' && f.values.length === 0);
