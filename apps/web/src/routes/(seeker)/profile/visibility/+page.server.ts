import { fail, redirect } from '@sveltejs/kit';
import { profileViewFor, visibilities, workingAge, type Visibility } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { profileFacts } from '$lib/profile/facts';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure, isSignedOut } from '$lib/server/api-errors';
import { formChoice } from '$lib/server/form-input';
import { namesFor } from '$lib/server/profile-names';
import { loginPath } from '$lib/server/same-site-path';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

// A verified employer who has no contact with the person: the most any employer sees
// of a profile without the person's say-so.
const EMPLOYER = { kind: 'employer', verified: true, contactShared: false } as const;

export const load: PageServerLoad = async ({ parent, locals, url }) => {
  const { profile } = await parent();
  const done = url.searchParams.get('done');
  if (!profile) return { visibility: null, preview: null, minor: false, contactAllowed: false, done };
  const now = new Date();
  const view = profileViewFor(profile, EMPLOYER, now);
  let preview = null;
  if (view && view.kind !== 'full') {
    const { kind: _kind, id: _id, ...shown } = view;
    preview = profileFacts(shown, await namesFor(locals.api, profile));
  }
  return { visibility: profile.visibility, preview, minor: workingAge(profile.birthDate, now) !== 'adult', contactAllowed: await contactAllowed(locals), done };
};

/** Whether the person agreed that employers may ask for their contact (the newest record stands or was withdrawn). */
async function contactAllowed(locals: App.Locals): Promise<boolean> {
  const res = await locals.api.api.me.consents.$get();
  if (!res.ok) return false;
  const latest = (await res.json()).consents.find((c) => c.purpose === 'contact_by_employers');
  return Boolean(latest && latest.withdrawnAt === null);
}

async function choose({ locals, cookies, url }: RequestEvent, visibility: Visibility | undefined) {
  if (!visibility) return fail(400, { values: {}, problem: { status: 400, message: m.error_check_fields(), fields: { visibility: m.profile_error_choice() } } });
  const res = await locals.api.api.me.profile.visibility.$put({ json: { visibility } });
  relayApiCookies(res, cookies);
  if (isSignedOut(res)) redirect(303, loginPath(url.pathname));
  // No profile yet: nobody can see anything, which the page says.
  if (res.status === 404) redirect(303, '/profile/visibility');
  if (!res.ok) return apiFailure(res, {});
  redirect(303, `/profile/visibility?done=${visibility === 'hidden' ? 'hidden' : 'saved'}`);
}

/** Agreeing, or no longer agreeing, that employers may ask for the person's contact. */
async function contact({ locals, cookies, url, request }: RequestEvent) {
  const granted = formChoice(await request.formData(), 'granted', ['yes', 'no'] as const);
  if (!granted) return fail(400, { values: {}, problem: { status: 400, message: m.error_form_invalid(), fields: {} as Partial<Record<string, string>> } });
  const res = await locals.api.api.me.consents.$post({ json: { purpose: 'contact_by_employers', granted: granted === 'yes' } });
  relayApiCookies(res, cookies);
  if (isSignedOut(res)) redirect(303, loginPath(url.pathname));
  if (!res.ok) return apiFailure(res, {});
  redirect(303, `/profile/visibility?done=contact-${granted}#contact-heading`);
}

export const actions: Actions = {
  // One tap, from this page, the header or the account page: nothing to choose or confirm.
  hide: (event) => choose(event, 'hidden'),
  choose: async (event) => choose(event, formChoice(await event.request.formData(), 'visibility', visibilities)),
  contact,
};
