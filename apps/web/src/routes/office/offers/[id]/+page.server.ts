import { fail, redirect } from '@sveltejs/kit';
import { offerSalarySchema } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { idParam, pageInstead } from '$lib/server/employer';
import { findingsOf } from '$lib/server/employer-screening';
import { formText } from '$lib/server/form-input';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const id = idParam(params.id);
  const res = await locals.api.api.office.offers[':id'].$get({ param: { id }, query: { lang: getLocale() } });
  if (!res.ok) pageInstead(res, url.pathname);
  const file = await res.json();
  const salary = offerSalarySchema.catch({ kind: 'to_agree' }).parse(file.offer.salary);
  const { offer } = file;
  // The office decides on offers waiting for review and on published ones reports hid.
  const reviewable = offer.status === 'pending_review' || (offer.status === 'published' && file.hiddenByReports);
  return { ...file, offer: { ...offer, salary }, flags: findingsOf(file.flags), reviewable, done: url.searchParams.get('done') };
};

const decisions = ['publish', 'reject'] as const;

export const actions: Actions = {
  decide: async ({ request, locals, params, cookies, url }) => {
    const id = idParam(params.id);
    const data = await request.formData();
    const reason = formText(data, 'reason').trim();
    const decision = decisions.find((d) => d === formText(data, 'decision'));
    const values = { reason };
    if (!decision || (decision === 'reject' && reason.length < 3)) {
      return fail(422, { values, problem: { status: 422, message: m.error_check_fields(), fields: { reason: m.office_error_reject_reason() } } });
    }
    const res = await locals.api.api.offers[':id'].review.$post({ param: { id }, json: { decision, reason } });
    relayApiCookies(res, cookies);
    if (!res.ok) return apiFailure(res, values, { fields: { reason: m.office_error_reject_reason() }, conflict: m.office_offer_verify_first() });
    redirect(303, `${url.pathname}?done=${decision}`);
  },
};
