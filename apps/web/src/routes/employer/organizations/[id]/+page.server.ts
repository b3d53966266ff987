import { error, fail, redirect } from '@sveltejs/kit';
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
    loadOrganisationOffers(locals.api, id, url.pathname),
    loadMunicipalities(locals.api),
  ]);
  // Only its own people see its members: anyone else has no business on this page.
  if (!members) error(404, 'Not found');
  const municipalityName = municipalities.find((place) => place.id === organisation.municipalityId)?.name ?? '';
  return { organisation, members, offers, municipalityName, done: url.searchParams.get('done') };
};

export const actions: Actions = {
  addMember: async ({ request, locals, params, cookies, url }) => {
    const id = idParam(params.id);
    const identifier = formText(await request.formData(), 'identifier').trim();
    const values = { identifier };
    if (identifier.length < 3) return fail(422, { values, problem: { status: 422, message: m.error_check_fields(), fields: { identifier: m.error_field_identifier() } } });
    const res = await locals.api.api.organizations[':id'].members.$post({ param: { id }, json: { identifier } });
    relayApiCookies(res, cookies);
    if (res.status === 404) return fail(404, { values, problem: { status: 404, message: m.error_check_fields(), fields: { identifier: m.employer_people_not_found() } } });
    if (!res.ok) return apiFailure(res, values, { fields: { identifier: m.error_field_identifier() } });
    redirect(303, `${url.pathname}?done=member`);
  },
};
