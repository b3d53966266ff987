import { m } from '$lib/paraglide/messages';
import { afterStep } from '$lib/profile/steps';
import { formNumber, formText } from '$lib/server/form-input';
import { existing, samePageWithQuery, savedProfile, saveProfile } from '$lib/server/profile';
import { searchTaxonomy, taxonomyLabels } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

/** As many occupations as the API keeps. */
const MOST = 5;

export const load: PageServerLoad = async ({ parent, locals, url }) => {
  const profile = savedProfile(await parent());
  const q = url.searchParams.get('q') ?? '';
  const [labels, results] = await Promise.all([
    taxonomyLabels(locals.api, 'occupations', profile.desiredOccupationIds),
    searchTaxonomy(locals.api, 'occupations', q),
  ]);
  return {
    q,
    results,
    chosenIds: profile.desiredOccupationIds,
    chosen: profile.desiredOccupationIds.map((id) => ({ key: String(id), label: labels.get(id) ?? m.profile_unknown_entry() })),
    full: profile.desiredOccupationIds.length >= MOST,
    headline: profile.headline,
  };
};

export const actions: Actions = {
  addOccupation: async (event) => {
    const id = formNumber(await event.request.formData(), 'occupationId');
    const change = existing((p) => ({ ...p, desiredOccupationIds: p.desiredOccupationIds.includes(id) ? p.desiredOccupationIds : [...p.desiredOccupationIds, id] }));
    return saveProfile(event, change, { next: samePageWithQuery(event.url) });
  },
  removeOccupation: async (event) => {
    const id = formNumber(await event.request.formData(), 'occupationId');
    return saveProfile(event, existing((p) => ({ ...p, desiredOccupationIds: p.desiredOccupationIds.filter((chosen) => chosen !== id) })), {
      next: samePageWithQuery(event.url),
    });
  },
  headline: async (event) => {
    const headline = formText(await event.request.formData(), 'headline');
    return saveProfile(event, existing((p) => ({ ...p, headline })), { next: afterStep('work'), values: { headline } });
  },
};
