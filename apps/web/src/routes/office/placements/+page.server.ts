import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { idParam, pageInstead } from '$lib/server/employer';
import { formText } from '$lib/server/form-input';
import type { Actions, PageServerLoad } from './$types';

// Placements with a follow-up due or overdue (or all of them), a page at a time, and the
// follow-up's answer recorded in place: still employed, yes or no, and a note.

// A page starts after (or before) a position the API gave in its next (or previous); an
// address with anything else in its place is no page of this list.
const POSITION = /^\d{4}-\d{2}-\d{2}\.[1-9]\d{0,9}$/;

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
  const status = url.searchParams.get('status') === 'all' ? 'all' : 'due';
  const [after, before] = [url.searchParams.get('after') ?? undefined, url.searchParams.get('before') ?? undefined];
  if ([after, before].some((p) => p !== undefined && !POSITION.test(p)) || (after && before)) error(404, 'Not found');
  const res = await locals.api.api.office.placements.$get({ query: { status, ...(after ? { after } : {}), ...(before ? { before } : {}) } });
  if (!res.ok) {
    // A position of the right shape that is no date (the 30th of February).
    const status: number = res.status;
    if (status === 422) error(404, 'Not found');
    pageInstead(res, url.pathname);
  }
  setHeaders({ 'cache-control': 'no-store' });
  const page = await res.json();
  const pageHref = (position: string | null, direction: 'after' | 'before') =>
    position === null ? null : `/office/placements?${new URLSearchParams({ ...(status === 'all' ? { status } : {}), [direction]: position })}`;
  return {
    placements: page.placements, status, done: url.searchParams.get('done'),
    previousHref: pageHref(page.previous, 'before'), nextHref: pageHref(page.next, 'after'),
  };
};

const months = ['1', '3', '6'] as const;

export const actions: Actions = {
  followUp: async ({ request, locals, cookies, url }) => {
    const data = await request.formData();
    const placement = idParam(formText(data, 'placement'));
    const month = months.find((value) => value === formText(data, 'months'));
    const answer = formText(data, 'stillEmployed');
    const values = { placement, months: month ?? '', note: formText(data, 'note').trim() };
    if (!month || (answer !== 'yes' && answer !== 'no')) {
      return fail(422, { values, problem: { status: 422, message: m.error_check_fields(), fields: { stillEmployed: m.office_placements_error_answer() } } });
    }
    const res = await locals.api.api.placements[':id']['follow-ups'].$post({
      param: { id: placement },
      json: { months: Number(month) as 1 | 3 | 6, stillEmployed: answer === 'yes', note: values.note || null },
    });
    relayApiCookies(res, cookies);
    if (!res.ok) return apiFailure(res, values, { conflict: m.office_placements_error_twice(), fields: { months: m.office_placements_error_early(), note: m.office_placements_error_note() } });
    redirect(303, `${url.pathname}?done=followed_up`);
  },
};
