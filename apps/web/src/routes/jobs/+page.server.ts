import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageServerLoad } from './$types';
import { readJobSearch } from './search-params';

const PER_PAGE = 20;

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
  const search = readJobSearch(url.searchParams);
  const [found, places] = await Promise.all([
    locals.api.api.offers.$get({
      query: {
        q: search.q,
        lang: getLocale(),
        sort: search.sort,
        page: String(search.page),
        perPage: String(PER_PAGE),
        ...(search.municipality ? { municipality: String(search.municipality) } : {}),
        ...(search.contract ? { contract: search.contract } : {}),
        ...(search.workingTime ? { workingTime: search.workingTime } : {}),
        ...(search.remote ? { remote: 'true' as const } : {}),
        // Pay is compared in the chosen municipality's currency, so it needs one.
        ...(search.salaryMin && search.municipality ? { salaryMin: String(search.salaryMin * 100) } : {}),
      },
    }),
    locals.api.api.municipalities.$get(),
  ]);
  // The typed client knows only the success statuses; a 400 is a query the engine cannot read.
  if (!found.ok) error(Number(found.status) === 400 ? 400 : 503, 'The job search is not available right now.');
  const municipalities = places.ok ? (await places.json()).municipalities : [];
  // The language is a cookie: a cached page must not answer after a switch.
  setHeaders({ 'cache-control': 'private, max-age=30', vary: 'Cookie' });
  return { search, result: await found.json(), municipalities, perPage: PER_PAGE };
};
