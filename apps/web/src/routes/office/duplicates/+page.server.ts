import { officeMunicipalities, zoneOf } from '$lib/server/office-people';
import { pageHrefs, pageOfListInstead, pageStart } from '$lib/server/office-pages';
import type { PageServerLoad } from './$types';

// Possible double registrations of the officer's municipalities, oldest first, a page at a time.
export const load: PageServerLoad = async ({ locals, url, parent, setHeaders }) => {
  const { user } = await parent();
  const [res, municipalities] = await Promise.all([
    locals.api.api.office.duplicates.$get({ query: pageStart(url) }),
    officeMunicipalities(locals.api, user.roles),
  ]);
  if (!res.ok) pageOfListInstead(res, url.pathname);
  setHeaders({ 'cache-control': 'no-store' });
  const page = await res.json();
  return { duplicates: page.duplicates, timeZone: zoneOf(municipalities), done: url.searchParams.get('done'), ...pageHrefs(url.pathname, page) };
};
