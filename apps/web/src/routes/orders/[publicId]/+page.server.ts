import { error, redirect } from '@sveltejs/kit';
import { slugify } from '@solidaria/core';
import type { Enterprise, ProductHit } from '$lib/market/types';
import type { ApiClient } from '$lib/server/api';
import { relayApiCookies } from '$lib/server/api-cookies';
import { isPublicId, loadComingDays, loadOrder } from '$lib/server/market';
import type { Order } from '$lib/market/types';
import type { Actions, PageServerLoad } from './$types';

/**
 * The order names its enterprise by id only, and the API reads enterprises by slug: the
 * enterprise is found through one of the order's products in the search, then checked.
 */
async function enterpriseOf(api: ApiClient, order: Order): Promise<Enterprise | null> {
  for (const item of (order.items ?? []).slice(0, 3)) {
    const found = await api.api.products.$get({ query: { q: item.name } });
    if (!found.ok) continue;
    const hit = ((await found.json()).results as unknown as ProductHit[]).find((p) => p.enterpriseId === order.enterpriseId);
    if (!hit) continue;
    const res = await api.api.enterprises[':slug'].$get({ param: { slug: slugify(hit.enterpriseName) } });
    if (!res.ok) continue;
    const { enterprise } = (await res.json()) as { enterprise: Enterprise };
    if (enterprise.id === order.enterpriseId) return enterprise;
  }
  return null;
}

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  const order = await loadOrder(locals.api, params.publicId);
  const [enterprise, days] = await Promise.all([enterpriseOf(locals.api, order), order.marketDayId ? loadComingDays(locals.api) : []]);
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
