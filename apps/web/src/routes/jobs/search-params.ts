import { contractTypes, workingTimes } from '@solidaria/core';

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  (allowed as readonly (string | null)[]).includes(value) ? (value as T) : undefined;
const positive = (value: string | null): number | undefined => (value && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined);

/** The job search as the address says it; anything unreadable is left out rather than refused. */
export function readJobSearch(params: URLSearchParams) {
  const salaryMin = positive(params.get('salaryMin'));
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    municipality: positive(params.get('municipality')),
    contract: oneOf(contractTypes, params.get('contract')),
    workingTime: oneOf(workingTimes, params.get('workingTime')),
    remote: params.get('remote') === 'true' ? true : undefined,
    /** Typed in the currency's major unit (colones, quetzales…); the API counts minor units. */
    salaryMin,
    sort: oneOf(['relevance', 'newest', 'salary'] as const, params.get('sort')) ?? 'relevance',
    page: Math.min(positive(params.get('page')) ?? 1, 50),
  };
}

export type JobSearch = ReturnType<typeof readJobSearch>;

/** The address of the same search with some parts changed (a facet chosen, another page). */
export function jobSearchHref(search: JobSearch, change: Partial<JobSearch>): string {
  const next = { ...search, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  if (next.municipality) params.set('municipality', String(next.municipality));
  if (next.contract) params.set('contract', next.contract);
  if (next.workingTime) params.set('workingTime', next.workingTime);
  if (next.remote) params.set('remote', 'true');
  if (next.salaryMin && next.municipality) params.set('salaryMin', String(next.salaryMin));
  if (next.sort !== 'relevance') params.set('sort', next.sort);
  if (next.page > 1) params.set('page', String(next.page));
  const query = params.toString();
  return query ? `/jobs?${query}` : '/jobs';
}
