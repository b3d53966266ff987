import { error, fail, redirect } from '@sveltejs/kit';
import { canMoveOrder, orderStates, type OrderState } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { idParam, pageInstead } from '$lib/server/employer';
import { formText } from '$lib/server/form-input';
import { isPublicId, loadEnterprise } from '$lib/server/market';
import { productInput, readProductForm } from '$lib/server/market-forms';
import { uploadFormPhoto } from '$lib/server/market-photos';
import { loadWorkspace } from '$lib/server/vendor';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  const { orders, sales, ...workspace } = await loadWorkspace(locals.api, params.slug, url.pathname);
  setHeaders({ 'cache-control': 'no-store', vary: 'Cookie' });
  return {
    ...workspace,
    orders,
    sales,
    groups: orderStates.map((state) => ({ state, orders: orders.filter((o) => o.state === state) })).filter((g) => g.orders.length > 0),
    done: url.searchParams.get('done'),
  };
};

const back = (slug: string, done: string) => redirect(303, `/vendor/enterprises/${slug}?done=${done}`);

export const actions: Actions = {
  product: async ({ locals, params, request, cookies, url }) => {
    const data = await request.formData();
    const { enterprise } = await loadEnterprise(locals.api, params.slug);
    const values = readProductForm(data);
    const { input, refused } = productInput(values);
    if (refused) return refused;
    const photo = await uploadFormPhoto(locals.api, data);
    if (photo && 'message' in photo) return fail(photo.status, { values, problem: { status: photo.status, message: photo.message, fields: { photo: photo.message } } });
    const res = await locals.api.api.enterprises[':id'].products.$post({ param: { id: String(enterprise.id) }, json: { ...input, photoIds: photo ? [photo.id] : [] } });
    relayApiCookies(res, cookies);
    if (Number(res.status) === 404 || Number(res.status) === 403) pageInstead(res, url.pathname);
    if (!res.ok) return apiFailure(res, values);
    back(params.slug, 'product');
  },
  move: async ({ locals, params, request, cookies, url }) => {
    const data = await request.formData();
    const publicId = formText(data, 'order');
    const to = orderStates.find((state) => state === formText(data, 'to'));
    if (!isPublicId(publicId) || !to) error(400, 'Not a move.');
    const { orders } = await loadWorkspace(locals.api, params.slug, url.pathname);
    const order = orders.find((o) => o.publicId === publicId);
    if (!order) error(404, 'There is no such order.');
    if (canMoveOrder(order.state, to as OrderState, 'vendor')) {
      const res = await locals.api.api.orders[':id'].transitions.$post({ param: { id: publicId }, json: { to } });
      relayApiCookies(res, cookies);
      if (!res.ok) return apiFailure(res, {}, { conflict: m.vendor_move_conflict() });
    }
    back(params.slug, 'moved');
  },
  switch: async ({ locals, params, request, cookies, url }) => {
    const data = await request.formData();
    const id = idParam(formText(data, 'product'));
    const active = formText(data, 'active') === 'true';
    const res = await locals.api.api.products[':id'].$patch({ param: { id }, json: { active } });
    relayApiCookies(res, cookies);
    if (!res.ok) pageInstead(res, url.pathname);
    back(params.slug, active ? 'product_on' : 'product_off');
  },
  marketDay: async ({ locals, params, request, cookies, url }) => {
    const data = await request.formData();
    const { enterprise } = await loadEnterprise(locals.api, params.slug);
    const param = { id: String(enterprise.id), dayId: idParam(formText(data, 'day')) };
    const join = formText(data, 'take') === 'join';
    const day = locals.api.api.enterprises[':id']['market-days'][':dayId'];
    const res = join ? await day.$put({ param }) : await day.$delete({ param });
    relayApiCookies(res, cookies);
    if (Number(res.status) === 409) return apiFailure(res, {}, { conflict: join ? m.vendor_day_past() : m.vendor_day_open_orders() });
    if (!res.ok) pageInstead(res, url.pathname);
    back(params.slug, join ? 'joined' : 'left');
  },
  programme: async ({ locals, params, cookies, url }) => {
    const { enterprise } = await loadEnterprise(locals.api, params.slug);
    const res = await locals.api.api.enterprises[':id']['programme-request'].$post({ param: { id: String(enterprise.id) } });
    relayApiCookies(res, cookies);
    if (Number(res.status) === 409) return apiFailure(res, {}, { conflict: m.vendor_programme_already() });
    if (!res.ok) pageInstead(res, url.pathname);
    back(params.slug, 'programme');
  },
};
