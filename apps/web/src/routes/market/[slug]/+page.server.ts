import { fail, redirect } from '@sveltejs/kit';
import { parseIdentifier, type CountryCode } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure, type FieldErrors } from '$lib/server/api-errors';
import { formText } from '$lib/server/form-input';
import { loadComingDays, loadEnterprise } from '$lib/server/market';
import { offlineMethods } from '$lib/server/market-forms';
import type { ApiClient } from '$lib/server/api';
import type { Actions, PageServerLoad } from './$types';

async function enterprisePage(api: ApiClient, slug: string) {
  const [{ enterprise, products }, days, places] = await Promise.all([loadEnterprise(api, slug), loadComingDays(api), api.api.municipalities.$get()]);
  const municipality = places.ok ? (await places.json()).municipalities.find((mu) => mu.id === enterprise.municipalityId) : undefined;
  return {
    enterprise,
    products,
    // Only the days it takes part in; card only where the site takes card payments.
    days: days.filter((day) => day.enterpriseIds.includes(enterprise.id)),
    methods: enterprise.paymentMethods.filter((method) => (method === 'card' ? enterprise.acceptsCards === true : offlineMethods.includes(method))),
    municipality: municipality ? { name: municipality.name, country: municipality.country as CountryCode } : null,
  };
}

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
  // The language and the signed-in person live in cookies: a cached page is only reused with the same ones.
  setHeaders({ 'cache-control': 'private, max-age=30', vary: 'Cookie' });
  return enterprisePage(locals.api, params.slug);
};

function readOrderForm(data: FormData, productIds: number[]) {
  const quantities: Record<string, string> = {};
  for (const id of productIds) quantities[id] = formText(data, `quantity-${id}`);
  return {
    quantities,
    buyerName: formText(data, 'buyerName'),
    contact: formText(data, 'contact'),
    paymentMethod: formText(data, 'paymentMethod'),
    pickup: formText(data, 'pickup'),
    note: formText(data, 'note'),
  };
}

export const actions: Actions = {
  order: async ({ locals, params, request, cookies }) => {
    const page = await enterprisePage(locals.api, params.slug);
    const values = readOrderForm(await request.formData(), page.products.map((p) => p.id));
    const fields: FieldErrors = {};
    const items = page.products.flatMap((product) => {
      const typed = (values.quantities[product.id] ?? '').trim();
      if (typed === '' || typed === '0') return [];
      const quantity = /^\d{1,3}$/.test(typed) ? Number(typed) : Number.NaN;
      if (!(quantity >= 1 && quantity <= 100) || (product.stock !== null && quantity > product.stock)) fields[`quantity-${product.id}`] = m.order_error_quantity();
      return [{ productId: product.id, quantity }];
    });
    if (items.length === 0 && Object.keys(fields).length === 0) fields.items = m.order_error_no_items();
    if (values.buyerName.trim().length < 2) fields.buyerName = m.order_error_name();
    const contact = parseIdentifier(values.contact, page.municipality?.country);
    if (!contact) fields.contact = m.order_error_contact();
    const paymentMethod = page.methods.find((method) => method === values.paymentMethod);
    if (!paymentMethod) fields.paymentMethod = m.order_error_payment();
    const day = page.days.find((d) => String(d.id) === values.pickup);
    if (values.pickup !== 'point' && !day) fields.pickup = m.order_error_pickup();
    if (Object.keys(fields).length > 0 || !contact || !paymentMethod) {
      return fail(422, { values, problem: { status: 422, message: m.order_error_check_fields(), fields } });
    }
    const res = await locals.api.api.orders.$post({
      json: {
        enterpriseId: page.enterprise.id,
        items,
        buyerName: values.buyerName,
        buyerPhone: contact.kind === 'phone' ? contact.value : null,
        buyerEmail: contact.kind === 'email' ? contact.value : null,
        paymentMethod,
        marketDayId: day ? day.id : null,
        note: values.note,
      },
    });
    relayApiCookies(res, cookies);
    if (!res.ok) return apiFailure(res, values, { conflict: m.order_error_conflict(), fields: { paymentMethod: m.order_error_payment(), items: m.order_error_quantity() } });
    const { order } = await res.json();
    redirect(303, `/orders/${order.publicId}`);
  },
};
