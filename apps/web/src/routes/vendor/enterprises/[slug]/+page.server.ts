import { error, redirect } from '@sveltejs/kit';
import { canMoveOrder, orderStates, type OrderState } from '@solidaria/core';
import type { Order } from '$lib/market/types';
import { m } from '$lib/paraglide/messages';
import type { ApiClient } from '$lib/server/api';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { pageInstead } from '$lib/server/employer';
import { formText } from '$lib/server/form-input';
import { isPublicId, loadEnterprise } from '$lib/server/market';
import { productInput, readProductForm } from '$lib/server/market-forms';
import type { Actions, PageServerLoad } from './$types';

/** The enterprise and its orders, for its vendors only: anyone else sees a missing page. */
async function vendorEnterprise(api: ApiClient, slug: string, path: string) {
  const { enterprise, products } = await loadEnterprise(api, slug);
  const res = await api.api.enterprises[':id'].orders.$get({ param: { id: String(enterprise.id) } });
  if (!res.ok) pageInstead(res, path);
  return { enterprise, products, orders: (await res.json()).orders as unknown as (Order & { updatedAt: string })[] };
}

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  const { enterprise, products, orders } = await vendorEnterprise(locals.api, params.slug, url.pathname);
  setHeaders({ 'cache-control': 'no-store' });
  const month = new Date().toISOString().slice(0, 7);
  const completed = orders.filter((o) => o.state === 'completed' && String(o.updatedAt).slice(0, 7) === month);
  return {
    enterprise,
    products,
    groups: orderStates.map((state) => ({ state, orders: orders.filter((o) => o.state === state) })).filter((g) => g.orders.length > 0),
    // Integer minor units added up; one currency per enterprise (its municipality's).
    sales: { totalMinor: completed.reduce((sum, o) => sum + o.totalMinor, 0), currency: completed[0]?.currency ?? products[0]?.currency ?? null, count: completed.length },
    done: url.searchParams.get('done'),
  };
};

export const actions: Actions = {
  product: async ({ locals, params, request, cookies, url }) => {
    const { enterprise } = await loadEnterprise(locals.api, params.slug);
    const values = readProductForm(await request.formData());
    const { input, refused } = productInput(values);
    if (refused) return refused;
    const res = await locals.api.api.enterprises[':id'].products.$post({ param: { id: String(enterprise.id) }, json: input });
    relayApiCookies(res, cookies);
    if (Number(res.status) === 404 || Number(res.status) === 403) pageInstead(res, url.pathname);
    if (!res.ok) return apiFailure(res, values);
    redirect(303, `/vendor/enterprises/${params.slug}?done=product`);
  },
  move: async ({ locals, params, request, cookies, url }) => {
    const data = await request.formData();
    const publicId = formText(data, 'order');
    const to = orderStates.find((state) => state === formText(data, 'to'));
    if (!isPublicId(publicId) || !to) error(400, 'Not a move.');
    const { orders } = await vendorEnterprise(locals.api, params.slug, url.pathname);
    const order = orders.find((o) => o.publicId === publicId);
    if (!order) error(404, 'There is no such order.');
    if (canMoveOrder(order.state, to as OrderState, 'vendor')) {
      const res = await locals.api.api.orders[':id'].transitions.$post({ param: { id: publicId }, json: { to } });
      relayApiCookies(res, cookies);
      if (!res.ok) return apiFailure(res, {}, { conflict: m.vendor_move_conflict() });
    }
    redirect(303, `/vendor/enterprises/${params.slug}?done=moved`);
  },
};
