import { redirect } from '@sveltejs/kit';
import { relayApiCookies } from '$lib/server/api-cookies';
import { pageInstead } from '$lib/server/employer';
import { formText } from '$lib/server/form-input';
import { loadEnterprise } from '$lib/server/market';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  const { enterprise } = await loadEnterprise(locals.api, params.slug);
  // Only the enterprise's vendors get an answer; anyone else a missing page.
  const res = await locals.api.api.enterprises[':id'].stripe.$get({ param: { id: String(enterprise.id) } });
  if (!res.ok) pageInstead(res, url.pathname);
  setHeaders({ 'cache-control': 'no-store', vary: 'Cookie' });
  return {
    enterprise: { slug: enterprise.slug, name: enterprise.name, acceptsCards: enterprise.paymentMethods.includes('card') },
    payments: await res.json(),
    // Back from Stripe (finished or not), a Stripe link that expired, or a refusal.
    returned: url.searchParams.has('returned'),
    expired: url.searchParams.has('expired'),
    refused: url.searchParams.has('refused'),
    onlyMethod: url.searchParams.has('only-method'),
  };
};

export const actions: Actions = {
  // A plain form post: on to Stripe's onboarding page, which works without JavaScript here.
  onboard: async ({ locals, params, cookies, url }) => {
    const { enterprise } = await loadEnterprise(locals.api, params.slug);
    const res = await locals.api.api.enterprises[':id'].stripe.onboarding.$post({ param: { id: String(enterprise.id) } });
    relayApiCookies(res, cookies);
    if (res.status === 409) redirect(303, `${url.pathname}?refused`);
    if (!res.ok) pageInstead(res, url.pathname);
    redirect(303, (await res.json()).url);
  },
  // Card among the methods buyers see, once the enterprise's Stripe account can take charges.
  cards: async ({ locals, params, cookies, request, url }) => {
    const { enterprise } = await loadEnterprise(locals.api, params.slug);
    const accept = formText(await request.formData(), 'accept') === 'yes';
    const offline = enterprise.paymentMethods.filter((method) => method !== 'card');
    if (!accept && offline.length === 0) redirect(303, `${url.pathname}?only-method`);
    const res = await locals.api.api.enterprises[':id'].$patch({ param: { id: String(enterprise.id) }, json: { paymentMethods: accept ? [...offline, 'card'] : offline } });
    relayApiCookies(res, cookies);
    if (Number(res.status) === 409) redirect(303, `${url.pathname}?refused`);
    if (!res.ok) pageInstead(res, url.pathname);
    redirect(303, url.pathname);
  },
};
