import { idParam, loadMunicipalities, loadOffer } from '$lib/server/employer';
import { listActions } from '$lib/server/employer-offer-edits';
import { offerFormValues } from '$lib/server/employer-offer-form';
import { sendActions } from '$lib/server/employer-offer-send';
import { searchTaxonomy, suggestedSkills } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const id = idParam(params.id);
  const path = url.pathname + url.search;
  const offer = await loadOffer(locals.api, id, path);
  const occupationQ = url.searchParams.get('occupation') ?? '';
  const skillQ = url.searchParams.get('q') ?? '';
  const chosenSkills = new Set(offer.skills.map((s) => s.id));
  const [municipalities, occupationResults, skillResults, essential] = await Promise.all([
    loadMunicipalities(locals.api),
    searchTaxonomy(locals.api, 'occupations', occupationQ),
    searchTaxonomy(locals.api, 'skills', skillQ),
    offer.occupation ? suggestedSkills(locals.api, [offer.occupation.id], chosenSkills) : Promise.resolve([]),
  ]);
  return {
    offer,
    values: offerFormValues(offer),
    hiddenByReports: offer.review.hiddenByReports,
    municipalities,
    occupationQ,
    occupationResults,
    skillQ,
    skillResults,
    essential: essential[0] ?? null,
    done: url.searchParams.get('done'),
  };
};

export const actions: Actions = { ...sendActions, ...listActions };
