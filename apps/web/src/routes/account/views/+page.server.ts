import { error, redirect } from '@sveltejs/kit';
import { isSignedOut } from '$lib/server/api-errors';
import { loginPath } from '$lib/server/same-site-path';
import type { PageServerLoad } from './$types';

// Who at a municipal office looked at my record, and when: the person's side of the audit log.
export const load: PageServerLoad = async ({ parent, locals, url, setHeaders }) => {
  const { user } = await parent();
  if (!user) redirect(303, loginPath(url.pathname));
  const [res, municipalitiesRes] = await Promise.all([locals.api.api.me['record-views'].$get(), locals.api.api.municipalities.$get()]);
  if (isSignedOut(res)) redirect(303, loginPath(url.pathname));
  if (!res.ok) error(503, 'The list is not available right now.');
  const municipalities = municipalitiesRes.ok ? (await municipalitiesRes.json()).municipalities : [];
  const home = municipalities.find((place) => place.id === user.municipalityId);
  setHeaders({ 'cache-control': 'no-store' });
  return {
    views: (await res.json()).views.map((view) => ({ ...view, municipality: municipalities.find((place) => place.id === view.municipalityId)?.name ?? null })),
    timeZone: home?.timeZone ?? 'UTC',
  };
};
