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
  const { order, enterpriseSlug, history, timeZone, cardPayable } = await loadOrder(locals.api, params.publicId);
  const [enterprise, days] = await Promise.all([enterpriseOf(locals.api, enterpriseSlug), order.marketDayId ? loadComingDays(locals.api) : []]);
  setHeaders({ 'cache-control': 'no-store' });
  return {
    order,
    enterprise,
    day: days.find((d) => d.id === order.marketDayId) ?? null,
    history,
    timeZone,
    cardPayable,
    cancelled: url.searchParams.has('cancelled'),
    refused: url.searchParams.has('refused'),
    // Back from Stripe's Checkout: paid (the webhook says so, never this page) or given up; or Checkout would not open.
    card: url.searchParams.get('card') === 'returned' ? 'returned' : url.searchParams.get('card') === 'cancelled' ? 'cancelled' : null,
    payFailed: url.searchParams.has('payfailed'),
  };
};

export const actions: Actions = {
  // Pay by card: on to Stripe's Checkout page. Two clicks get the same session (the API reuses it).
  pay: async ({ locals, params, cookies }) => {
    if (!isPublicId(params.publicId)) error(404, 'There is no such order.');
    const res = await locals.api.api.orders[':id'].checkout.$post({ param: { id: params.publicId } });
    relayApiCookies(res, cookies);
    if (Number(res.status) === 404) error(404, 'There is no such order.');
    // 409: already paid on Stripe (its confirmation on the way) or no longer waiting for a card payment; the page says which.
    if (Number(res.status) === 409) redirect(303, `/orders/${params.publicId}?card=returned`);
    if (!res.ok) redirect(303, `/orders/${params.publicId}?payfailed`);
    redirect(303, (await res.json()).url);
  },
  cancel: async ({ locals, params, cookies }) => {
    if (!isPublicId(params.publicId)) error(404, 'There is no such order.');
    const res = await locals.api.api.orders[':id'].transitions.$post({ param: { id: params.publicId }, json: { to: 'cancelled' } });
    relayApiCookies(res, cookies);
    if (Number(res.status) === 404) error(404, 'There is no such order.');
    redirect(303, `/orders/${params.publicId}?${res.ok ? 'cancelled' : 'refused'}`);
  },
};
