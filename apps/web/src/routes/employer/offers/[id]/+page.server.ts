import { idParam, loadMunicipalities, loadOffer } from '$lib/server/employer';
import { listActions } from '$lib/server/employer-offer-edits';
import { offerFormValues } from '$lib/server/employer-offer-form';
import { sendActions } from '$lib/server/employer-offer-send';
import { occupationsForTitle, searchTaxonomy, suggestedSkills } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
  const id = idParam(params.id);
  const path = url.pathname + url.search;
  const offer = await loadOffer(locals.api, id, path);
  // Until one is chosen, the title suggests the occupation: its words are the first search.
  const typed = url.searchParams.get('occupation');
  const fromTitle = typed === null && !offer.occupation ? await occupationsForTitle(locals.api, offer.title) : null;
  const occupationQ = fromTitle?.q ?? typed ?? '';
  const skillQ = url.searchParams.get('q') ?? '';
  const chosenSkills = new Set(offer.skills.map((s) => s.id));
  const [municipalities, occupationResults, skillResults, essential] = await Promise.all([
    loadMunicipalities(locals.api),
    fromTitle ? Promise.resolve(fromTitle.results) : searchTaxonomy(locals.api, 'occupations', occupationQ),
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
