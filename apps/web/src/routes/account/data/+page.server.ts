import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { profileFacts } from '$lib/profile/facts';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure, isSignedOut } from '$lib/server/api-errors';
import { formText } from '$lib/server/form-input';
import { personalDataSchema } from '$lib/server/personal-data';
import { namesFor } from '$lib/server/profile-names';
import { loginPath } from '$lib/server/same-site-path';
import { deviceName } from '../device-name';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals, url }) => {
  if (!(await parent()).user) redirect(303, loginPath(url.pathname));
  const [res, municipalitiesRes] = await Promise.all([locals.api.api.me.export.$get(), locals.api.api.municipalities.$get()]);
  if (isSignedOut(res)) redirect(303, loginPath(url.pathname));
  const parsed = personalDataSchema.safeParse(res.ok ? await res.json() : null);
  if (!parsed.success) error(503, 'Your data is not available right now.');
  const data = parsed.data;
  const municipalities = municipalitiesRes.ok ? (await municipalitiesRes.json()).municipalities : [];
  const municipality = municipalities.find((mu) => mu.id === data.account.municipalityId);
  const profile = data.profile;
  return {
    data,
    municipality: municipality?.name ?? null,
    // Times in the person's municipality's zone; without one, in UTC, said so.
    timeZone: municipality?.timeZone ?? 'UTC',
    profile: profile ? { visibility: profile.visibility, facts: profileFacts(profile, await namesFor(locals.api, profile)) } : null,
    devices: data.sessions.map((session) => deviceName(session.userAgent)),
  };
};

export const actions: Actions = {
  withdraw: async ({ request, locals, cookies, url }) => {
    const purpose = formText(await request.formData(), 'purpose');
    if (purpose !== 'share_profile_with_employers' && purpose !== 'contact_by_employers' && purpose !== 'assisted_registration') {
      return fail(400, { values: {}, problem: { status: 400, message: m.error_form_invalid(), fields: {} } });
    }
    const res = await locals.api.api.me.consents.$post({ json: { purpose, granted: false } });
    relayApiCookies(res, cookies);
    if (isSignedOut(res)) redirect(303, loginPath(url.pathname));
    if (!res.ok) return apiFailure(res, {});
    // Withdrawing the consent to share hides the profile too, which the page then says.
    redirect(303, `/account/data?withdrawn=${purpose === 'share_profile_with_employers' ? 'share' : '1'}`);
  },
};
