import type { Profile } from '@solidaria/core';
import type { StepSlug } from '$lib/profile/steps';
import type { PageServerLoad } from './$types';

/** Which steps have an answer: the list shows them ticked and the person goes on from the first without. */
function answered(p: Profile | null): Record<StepSlug, boolean> {
  const a = p?.availability;
  return {
    place: p !== null,
    work: (p?.desiredOccupationIds.length ?? 0) > 0,
    skills: (p?.skills.length ?? 0) > 0,
    languages: (p?.languages.length ?? 0) > 0,
    history: (p?.workHistory.length ?? 0) > 0 || (p?.educationLevel ?? null) !== null,
    availability: Boolean(a && (a.fullTime || a.partTime || a.days.length > 0)),
    permit: p !== null,
    figures: Boolean(p && (p.gender ?? p.nationality ?? p.populationGroup) !== null),
    // Saved with the first step ("anonymous" unless the person chooses otherwise).
    visibility: p !== null,
  };
}

export const load: PageServerLoad = async ({ parent }) => {
  const { profile } = await parent();
  return { answered: answered(profile), started: profile !== null };
};
