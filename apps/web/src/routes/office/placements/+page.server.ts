import { fail, redirect } from '@sveltejs/kit';
import { followUpMonths } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { idParam } from '$lib/server/employer';
import { formText } from '$lib/server/form-input';
import { pageHrefs, pageOfListInstead, pageStart } from '$lib/server/office-pages';
import type { Actions, PageServerLoad } from './$types';

// Placements with a follow-up due or overdue (or all of them), a page at a time, and the
// follow-up's answer recorded in place: still employed, yes or no, and a note.

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
  const status = url.searchParams.get('status') === 'all' ? 'all' : 'due';
  const res = await locals.api.api.office.placements.$get({ query: { status, ...pageStart(url) } });
  if (!res.ok) pageOfListInstead(res, url.pathname);
  setHeaders({ 'cache-control': 'no-store' });
  const page = await res.json();
  return {
    placements: page.placements, status, done: url.searchParams.get('done'),
    ...pageHrefs(url.pathname, page, status === 'all' ? { status } : {}),
  };
};


export const actions: Actions = {
  followUp: async ({ request, locals, cookies, url }) => {
    const data = await request.formData();
    const placement = idParam(formText(data, 'placement'));
    const month = followUpMonths.find((value) => String(value) === formText(data, 'months'));
    const answer = formText(data, 'stillEmployed');
    const values = { placement, months: month === undefined ? '' : String(month), note: formText(data, 'note').trim() };
    if (!month || (answer !== 'yes' && answer !== 'no')) {
      return fail(422, { values, problem: { status: 422, message: m.error_check_fields(), fields: { stillEmployed: m.office_placements_error_answer() } } });
    }
    const res = await locals.api.api.placements[':id']['follow-ups'].$post({
      param: { id: placement },
      json: { months: month, stillEmployed: answer === 'yes', note: values.note || null },
    });
    relayApiCookies(res, cookies);
    if (!res.ok) return apiFailure(res, values, { conflict: m.office_placements_error_twice(), fields: { months: m.office_placements_error_early(), note: m.office_placements_error_note() } });
    redirect(303, `${url.pathname}?done=followed_up`);
  },
};
