import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { idParam, pageInstead } from '$lib/server/employer';
import { formText } from '$lib/server/form-input';
import { officeMunicipalities, zoneOf } from '$lib/server/office-people';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, parent, setHeaders }) => {
  const id = idParam(params.id);
  const { user } = await parent();
  const [res, municipalities] = await Promise.all([locals.api.api.office.duplicates[':id'].$get({ param: { id } }), officeMunicipalities(locals.api, user.roles)]);
  if (!res.ok) pageInstead(res, url.pathname);
  setHeaders({ 'cache-control': 'no-store' });
  return { duplicate: (await res.json()).duplicate, timeZone: zoneOf(municipalities) };
};

const decisions = ['same_person', 'different_people'] as const;

export const actions: Actions = {
  decide: async ({ request, locals, params, cookies }) => {
    const id = idParam(params.id);
    const data = await request.formData();
    const reason = formText(data, 'reason').trim();
    const decision = decisions.find((d) => d === formText(data, 'decision'));
    const values = { reason };
    if (!decision || reason.length < 3) {
      return fail(422, { values, problem: { status: 422, message: m.error_check_fields(), fields: { reason: m.office_error_reason() } } });
    }
    const res = await locals.api.api.office.duplicates[':id'].decision.$post({ param: { id }, json: { decision, reason } });
    relayApiCookies(res, cookies);
    if (!res.ok) return apiFailure(res, values, { fields: { reason: m.office_error_reason() } });
    redirect(303, `/office/duplicates?done=${decision}`);
  },
};
