import { sql, type SQL } from 'drizzle-orm';
import type { IndexDefinition } from '../definition';
import { SearchError } from '../errors';
import type { Filter, SearchQuery } from '../port';
import { column } from './schema';

const col = (field: string) => sql.identifier(column(field));

function kindOf(d: IndexDefinition, field: string) {
  const kind = d.filterable[field];
  if (!kind) throw new SearchError('UNKNOWN_FIELD', `"${field}" cannot be filtered or faceted in ${d.name}.`);
  return kind;
}

/** SQL conditions on the documents table (alias d) for the query's filters. */
export function filterConditions(d: IndexDefinition, filters: readonly Filter[] = []): SQL[] {
  return filters.map((f) => {
    const isList = kindOf(d, f.field).endsWith('[]');
    const target = sql`d.${col(f.field)}`;
    if (f.op === 'in') {
      const values = sql.join(f.values.map((v) => sql`${v}`), sql`, `);
      return isList ? sql`EXISTS (SELECT 1 FROM json_each(${target}) WHERE value IN (${values}))` : sql`${target} IN (${values})`;
    }
    const value = typeof f.value === 'boolean' ? Number(f.value) : f.value;
    if (f.op === '=') return isList ? sql`EXISTS (SELECT 1 FROM json_each(${target}) WHERE value = ${value})` : sql`${target} = ${value}`;
    return f.op === '>=' ? sql`${target} >= ${value}` : sql`${target} <= ${value}`;
  });
}

export const whereAll = (conditions: SQL[]) => (conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``);

/** ORDER BY terms for the query's sort fields, before relevance. */
export function sortTerms(d: IndexDefinition, sort: SearchQuery['sort'] = []): SQL[] {
  return sort.map((s) => {
    if (!d.sortable.includes(s.field)) throw new SearchError('UNKNOWN_FIELD', `"${s.field}" cannot sort ${d.name}.`);
    return sql`d.${col(s.field)} ${s.direction === 'desc' ? sql`DESC` : sql`ASC`}`;
  });
}

/** The facet counts query for one field over the matched documents (a FROM … WHERE clause). */
export function facetQuery(d: IndexDefinition, field: string, from: SQL, where: SQL): SQL {
  const isList = kindOf(d, field).endsWith('[]');
  return isList
    ? sql`SELECT j.value AS value, count(*) AS n ${from}, json_each(d.${col(field)}) j ${where} GROUP BY j.value ORDER BY n DESC LIMIT 100`
    : sql`SELECT d.${col(field)} AS value, count(*) AS n ${from} ${where} GROUP BY d.${col(field)} ORDER BY n DESC LIMIT 100`;
}
