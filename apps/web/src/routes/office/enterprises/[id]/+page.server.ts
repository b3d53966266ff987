import { fail, redirect } from '@sveltejs/kit';
import { programmeDecisions } from '@solidaria/core';
import type { Product } from '$lib/market/types';
import { m } from '$lib/paraglide/messages';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { idParam, pageInstead } from '$lib/server/employer';
import { formText } from '$lib/server/form-input';
import type { VendorEnterprise } from '$lib/vendor/types';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  const id = idParam(params.id);
  // An officer of another municipality gets a 404 here, and so a missing page.
  const res = await locals.api.api.office.enterprises[':id'].$get({ param: { id } });
  if (!res.ok) pageInstead(res, url.pathname);
  setHeaders({ 'cache-control': 'no-store', vary: 'Cookie' });
  const body = (await res.json()) as unknown as { enterprise: VendorEnterprise & { municipalityName: string }; products: Product[] };
  return { ...body, done: url.searchParams.get('done') };
};

export const actions: Actions = {
  decide: async ({ request, locals, params, cookies, url }) => {
    const id = idParam(params.id);
    const data = await request.formData();
    const reason = formText(data, 'reason').trim();
    const decision = programmeDecisions.find((d) => d === formText(data, 'decision'));
    const values = { reason };
    if (!decision || reason.length < 3) {
      return fail(422, { values, problem: { status: 422, message: m.error_check_fields(), fields: { reason: m.office_error_reason() } } });
    }
    const res = await locals.api.api.enterprises[':id'].programme.$post({ param: { id }, json: { decision, reason } });
    relayApiCookies(res, cookies);
    if (Number(res.status) === 404 || Number(res.status) === 403) pageInstead(res, url.pathname);
    if (!res.ok) return apiFailure(res, values, { conflict: m.office_enterprise_decision_conflict(), fields: { reason: m.office_error_reason() } });
    redirect(303, `${url.pathname}?done=${decision}`);
  },
};
