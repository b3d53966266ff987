import { error, redirect } from '@sveltejs/kit';
import type { Enterprise } from '$lib/market/types';
import type { ApiClient } from '$lib/server/api';
import { relayApiCookies } from '$lib/server/api-cookies';
import { isPublicId, loadComingDays, loadOrder } from '$lib/server/market';
import type { Actions, PageServerLoad } from './$types';

async function enterpriseOf(api: ApiClient, slug: string | null): Promise<Enterprise | null> {
  if (!slug) return null;
  const res = await api.api.enterprises[':slug'].$get({ param: { slug } });
  return res.ok ? ((await res.json()).enterprise as unknown as Enterprise) : null;
}

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  const { order, enterpriseSlug } = await loadOrder(locals.api, params.publicId);
  const [enterprise, days] = await Promise.all([enterpriseOf(locals.api, enterpriseSlug), order.marketDayId ? loadComingDays(locals.api) : []]);
  setHeaders({ 'cache-control': 'no-store' });
  return {
    order,
    enterprise,
    day: days.find((d) => d.id === order.marketDayId) ?? null,
    cancelled: url.searchParams.has('cancelled'),
    refused: url.searchParams.has('refused'),
  };
};

export const actions: Actions = {
  cancel: async ({ locals, params, cookies }) => {
    if (!isPublicId(params.publicId)) error(404, 'There is no such order.');
    const res = await locals.api.api.orders[':id'].transitions.$post({ param: { id: params.publicId }, json: { to: 'cancelled' } });
    relayApiCookies(res, cookies);
    if (Number(res.status) === 404) error(404, 'There is no such order.');
    redirect(303, `/orders/${params.publicId}?${res.ok ? 'cancelled' : 'refused'}`);
  },
};
