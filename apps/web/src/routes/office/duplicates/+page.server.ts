import { pageInstead } from '$lib/server/employer';
import { officeMunicipalities, zoneOf } from '$lib/server/office-people';
import type { PageServerLoad } from './$types';

// Possible double registrations of the officer's municipalities, oldest first.
export const load: PageServerLoad = async ({ locals, url, parent, setHeaders }) => {
  const { user } = await parent();
  const [res, municipalities] = await Promise.all([locals.api.api.office.duplicates.$get(), officeMunicipalities(locals.api, user.roles)]);
  if (!res.ok) pageInstead(res, url.pathname);
  setHeaders({ 'cache-control': 'no-store' });
  return { duplicates: (await res.json()).duplicates, timeZone: zoneOf(municipalities), done: url.searchParams.get('done') };
};
