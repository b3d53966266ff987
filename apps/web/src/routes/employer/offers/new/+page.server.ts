import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { newOfferValues } from '$lib/employer/offer-values';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { idParam, loadMunicipalities, loadOrganisation } from '$lib/server/employer';
import { checkOfferForm, offerFieldMessages, readOfferForm } from '$lib/server/employer-offer-form';
import { screenDetails } from '$lib/server/employer-screening';
import type { Actions, PageServerLoad } from './$types';

/** The organisation the offer is for: one the person manages, named in the address. */
async function ownOrganisation(locals: App.Locals, url: URL) {
  const id = idParam(url.searchParams.get('organization'));
  const found = await loadOrganisation(locals.api, id, url.pathname + url.search);
  // Only its people see its members; the office and the public cannot write its offers.
  if (!found.members) error(404, 'Not found');
  return found.organisation;
}

export const load: PageServerLoad = async ({ locals, url }) => {
  const [organisation, municipalities] = await Promise.all([ownOrganisation(locals, url), loadMunicipalities(locals.api)]);
  return { organisation, municipalities, values: newOfferValues(organisation.municipalityId, new Date()) };
};

export const actions: Actions = {
  save: async ({ request, locals, cookies, url }) => {
    const organisation = await ownOrganisation(locals, url);
    const values = readOfferForm(await request.formData());
    const checked = checkOfferForm(values);
    if (checked.problem) return fail(422, { values, problem: checked.problem });
    const res = await locals.api.api.offers.$post({ json: { ...checked.details, organisationId: organisation.id, occupationId: null, skills: [], languages: [], workAbroad: false } });
    relayApiCookies(res, cookies);
    if (!res.ok) return apiFailure(res, values, { fields: offerFieldMessages(), conflict: m.employer_offer_not_possible() });
    const { offer } = await res.json();
    redirect(303, `/employer/offers/${offer.id}?done=created`);
  },
  check: async ({ request, locals, url }) => {
    const organisation = await ownOrganisation(locals, url);
    const values = readOfferForm(await request.formData());
    const { details } = checkOfferForm(values);
    const screening = await screenDetails(locals.api, organisation.id, details ?? { municipalityId: Number(values.municipalityId) || organisation.municipalityId, title: values.title, description: values.description, howToApply: values.howToApply }, null);
    return { values, screening };
  },
};
