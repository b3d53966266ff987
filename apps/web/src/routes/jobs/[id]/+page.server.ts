import { error, fail } from '@sveltejs/kit';
import { reportReasons } from '@solidaria/core';
import { getLocale } from '$lib/paraglide/runtime';
import { formChoice, formText } from '$lib/server/form-input';
import type { Actions, PageServerLoad } from './$types';

const idOf = (raw: string) => (/^\d{1,12}$/.test(raw) ? raw : null);

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  const id = idOf(params.id);
  if (!id) error(404, 'There is no such offer.');
  const res = await locals.api.api.offers[':id'].$get({ param: { id }, query: { lang: getLocale() } });
  if (res.status === 404) error(404, 'There is no such offer.');
  if (!res.ok) error(503, 'Offers are not available right now.');
  const { offer } = await res.json();
  const published = offer.status === 'published';
  setHeaders({ 'cache-control': published ? 'private, max-age=60' : 'no-store' });
  return { offer, published, reported: url.searchParams.has('reported') };
};

export const actions: Actions = {
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
