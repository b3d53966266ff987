import { m } from '$lib/paraglide/messages';

// One topic per step, in the order a person answers them. The icons are emoji from
// Unicode 6–7, which every phone of the last decade draws without a download.
export const profileSteps = [
  { slug: 'place', icon: '📍', title: m.profile_step_place },
  { slug: 'work', icon: '💼', title: m.profile_step_work },
  { slug: 'skills', icon: '🔧', title: m.profile_step_skills },
  { slug: 'languages', icon: '💬', title: m.profile_step_languages },
  { slug: 'history', icon: '📋', title: m.profile_step_history },
  { slug: 'availability', icon: '📅', title: m.profile_step_availability },
  { slug: 'permit', icon: '🛂', title: m.profile_step_permit },
  { slug: 'figures', icon: '📊', title: m.profile_step_figures },
  { slug: 'visibility', icon: '👀', title: m.profile_step_visibility },
] as const;

export type ProfileStep = (typeof profileSteps)[number];
export type StepSlug = ProfileStep['slug'];

export const stepPath = (slug: StepSlug) => `/profile/${slug}`;

/** The step's place (1 to 9), and the steps before and after it, if any. */
export function stepPosition(slug: StepSlug) {
  const index = profileSteps.findIndex((step) => step.slug === slug);
  return { number: index + 1, total: profileSteps.length, step: profileSteps[index]!, previous: profileSteps[index - 1], next: profileSteps[index + 1] };
}

/** Where a step's "save and continue" leads: the next step, or the whole profile after the last. */
export const afterStep = (slug: StepSlug) => {
  const { next } = stepPosition(slug);
  return next ? stepPath(next.slug) : '/profile';
};
