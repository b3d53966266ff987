import { nameKey } from '@solidaria/core';
import { pageInstead } from '$lib/server/employer';
import { officeMunicipalities } from '$lib/server/office-people';
import type { PageServerLoad } from './$types';

// Finding a person of the office's municipalities by a part of their name (a GET form, so
// it works without JavaScript). Every person listed is logged as seen by the office.
export const load: PageServerLoad = async ({ locals, url, parent, setHeaders }) => {
  const q = (url.searchParams.get('q') ?? '').trim();
  const { user } = await parent();
  const municipalities = await officeMunicipalities(locals.api, user.roles);
  // The API folds accents and case away: a word that folds to less than two letters is too short.
  if (q.length < 2 || nameKey(q).length < 2) return { q, people: null, tooShort: q.length > 0, municipalities };
  const res = await locals.api.api.office.people.$get({ query: { q: q.slice(0, 80) } });
  if (!res.ok) pageInstead(res, url.pathname);
  setHeaders({ 'cache-control': 'no-store' });
  return { q, people: (await res.json()).people, tooShort: false, municipalities };
};
