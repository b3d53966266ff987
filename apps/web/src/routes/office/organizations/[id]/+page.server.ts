import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { idParam, loadMunicipalities, loadOrganisation, loadOrganisationOffers } from '$lib/server/employer';
import { formText } from '$lib/server/form-input';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const id = idParam(params.id);
  const [{ organisation, members }, offers, municipalities] = await Promise.all([
    loadOrganisation(locals.api, id, url.pathname),
    // An officer of another municipality gets a 404 here, and so a missing page.
    loadOrganisationOffers(locals.api, id, url.pathname),
    loadMunicipalities(locals.api),
  ]);
  const municipalityName = municipalities.find((place) => place.id === organisation.municipalityId)?.name ?? '';
  return { organisation, members: members ?? [], offers, municipalityName, done: url.searchParams.get('done') };
};

const decisions = ['verified', 'rejected'] as const;

export const actions: Actions = {
  decide: async ({ request, locals, params, cookies, url }) => {
    const id = idParam(params.id);
    const data = await request.formData();
    const reason = formText(data, 'reason').trim();
    const decision = decisions.find((d) => d === formText(data, 'decision'));
    const values = { reason };
    if (!decision || reason.length < 3) {
      return fail(422, { values, problem: { status: 422, message: m.error_check_fields(), fields: { reason: m.office_error_reason() } } });
    }
    const res = await locals.api.api.organizations[':id'].verification.$post({ param: { id }, json: { decision, reason } });
    relayApiCookies(res, cookies);
    if (!res.ok) return apiFailure(res, values, { fields: { reason: m.office_error_reason() } });
    redirect(303, `${url.pathname}?done=${decision}`);
  },
};
