import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { emptyOrganisation } from '$lib/employer/organisation-values';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { loadMunicipalities } from '$lib/server/employer';
import { organisationFieldMessages, organisationInput, readOrganisationForm } from '$lib/server/employer-organisation';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  return { municipalities: await loadMunicipalities(locals.api), values: emptyOrganisation };
};

export const actions: Actions = {
  default: async ({ request, locals, cookies }) => {
    const values = readOrganisationForm(await request.formData());
    const municipalities = await loadMunicipalities(locals.api);
    const country = municipalities.find((place) => String(place.id) === values.municipalityId)?.country;
    const { input, refused } = organisationInput(values, country);
    if (refused) return refused;
    const res = await locals.api.api.organizations.$post({ json: input });
    relayApiCookies(res, cookies);
    if (!res.ok) return apiFailure(res, values, { fields: organisationFieldMessages(country), conflict: m.employer_error_tax_id_taken() });
    const { organisation } = await res.json();
    redirect(303, `/employer/organizations/${organisation.id}?done=created`);
  },
};
