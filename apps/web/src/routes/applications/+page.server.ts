import { fail, redirect } from '@sveltejs/kit';
import { relayApiCookies } from '$lib/server/api-cookies';
import { isSignedOut } from '$lib/server/api-errors';
import { formText } from '$lib/server/form-input';
import { homeTimeZone, loadMyApplications, loadMyContactRequests, requireSeeker } from '$lib/server/matching-seeker';
import { loginPath } from '$lib/server/same-site-path';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ parent, locals, url, setHeaders }) => {
  const user = requireSeeker(await parent(), url);
  const [applications, requests, timeZone] = await Promise.all([
    loadMyApplications(locals.api, url.pathname),
    loadMyContactRequests(locals.api, url.pathname),
    homeTimeZone(locals.api, user.municipalityId),
  ]);
  setHeaders({ 'cache-control': 'no-store' });
  return { applications, requests, timeZone, done: url.searchParams.get('done') };
};

const idOf = (data: FormData) => (/^[1-9]\d{0,9}$/.test(formText(data, 'id')) ? formText(data, 'id') : null);

/**
 * After a change, this page again saying what was done (`?done=`), at the item changed;
 * a refused change (it had moved on meanwhile, or is not this person's) is said on top.
 */
async function answered(event: RequestEvent, res: { ok: boolean; status: number; headers: Headers }, done: string, anchor: string) {
  relayApiCookies(res, event.cookies);
  if (isSignedOut(res)) redirect(303, loginPath(event.url.pathname));
  if (!res.ok) return fail(res.status === 429 ? 429 : 409, { problem: true });
  redirect(303, `/applications?done=${done}#${anchor}`);
}

export const actions: Actions = {
  withdraw: async (event) => {
    const id = idOf(await event.request.formData());
    if (!id) return fail(400, { problem: true });
    const res = await event.locals.api.api.applications[':id'].transitions.$post({ param: { id }, json: { to: 'withdrawn' } });
    return answered(event, res, 'withdrawn', `application-${id}`);
  },
  contact: async (event) => {
    const data = await event.request.formData();
    const id = idOf(data);
    if (!id) return fail(400, { problem: true });
    const share = formText(data, 'share') === 'yes';
    const res = await event.locals.api.api.applications[':id'].contact.$post({ param: { id }, json: { share } });
    return answered(event, res, share ? 'shared' : 'unshared', `application-${id}`);
  },
  answer: async (event) => {
    const data = await event.request.formData();
    const id = idOf(data);
    const answer = (['accept', 'decline', 'withdraw'] as const).find((a) => a === formText(data, 'answer'));
    if (!id || !answer) return fail(400, { problem: true });
    const res = await event.locals.api.api['contact-requests'][':id'].answer.$post({ param: { id }, json: { answer } });
    const done = { accept: 'accepted', decline: 'declined', withdraw: 'stopped' }[answer];
    return answered(event, res, done, `request-${id}`);
  },
};
