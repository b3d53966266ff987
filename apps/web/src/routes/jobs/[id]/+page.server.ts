import { error, fail } from '@sveltejs/kit';
import { reportReasons } from '@solidaria/core';
import { getLocale } from '$lib/paraglide/runtime';
import { formChoice, formText } from '$lib/server/form-input';
import { applyStanding, applyToOffer } from '$lib/server/matching-apply';
import type { Actions, PageServerLoad } from './$types';

const idOf = (raw: string) => (/^\d{1,12}$/.test(raw) ? raw : null);

export const load: PageServerLoad = async ({ locals, params, url, setHeaders, parent }) => {
  const id = idOf(params.id);
  if (!id) error(404, 'There is no such offer.');
  const [res, { user }] = await Promise.all([locals.api.api.offers[':id'].$get({ param: { id }, query: { lang: getLocale() } }), parent()]);
  if (res.status === 404) error(404, 'There is no such offer.');
  if (!res.ok) error(503, 'Offers are not available right now.');
  const { offer } = await res.json();
  const published = offer.status === 'published';
  // A signed-in person's page says whether they applied: never served again from a cache.
  setHeaders({ 'cache-control': published && !user ? 'private, max-age=60' : 'no-store', vary: 'Cookie' });
  const apply = published ? await applyStanding(locals.api, user, offer.id, url) : null;
  return { offer, published, reported: url.searchParams.has('reported'), apply };
};

export const actions: Actions = {
  apply: async (event) => {
    const id = idOf(event.params.id);
    if (!id) error(404, 'There is no such offer.');
    return applyToOffer(event, id);
  },
  report: async ({ locals, params, request }) => {
    const id = idOf(params.id);
    if (!id) error(404, 'There is no such offer.');
    const data = await request.formData();
    const reason = formChoice(data, 'reason', reportReasons);
    if (!reason) return fail(422, { reportProblem: true });
    const res = await locals.api.api.offers[':id'].reports.$post({ param: { id }, json: { reason, details: formText(data, 'details').slice(0, 1000) } });
    const status = Number(res.status);
    if (status === 429 || status === 422) return fail(status, { reportProblem: true });
    if (!res.ok && status !== 404) error(503, 'Reports are not available right now.');
    return { reportReceived: true };
  },
};
