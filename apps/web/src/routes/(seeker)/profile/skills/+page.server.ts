import { skillLevels, type ProfileInput } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { afterStep } from '$lib/profile/steps';
import { formChoice, formLevels, formNumber, formText } from '$lib/server/form-input';
import { existing, samePageWithQuery, savedProfile, saveProfile } from '$lib/server/profile';
import { searchTaxonomy, suggestedSkills, taxonomyLabels } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

type Skill = ProfileInput['skills'][number];

// A skill's key in the forms: the taxonomy id, or the person's own words.
const keyOf = (skill: Skill) => ('skillId' in skill ? `id:${skill.skillId}` : `own:${skill.customLabel}`);
const taxonomyIds = (skills: readonly Skill[]) => skills.flatMap((skill) => ('skillId' in skill ? [skill.skillId] : []));
// One tap adds a skill at this level; the list above lets the person change it.
const DEFAULT_LEVEL = 'intermediate';

export const load: PageServerLoad = async ({ parent, locals, url }) => {
  const profile = savedProfile(await parent());
  const q = url.searchParams.get('q') ?? '';
  const chosenIds = taxonomyIds(profile.skills);
  const [labels, suggestions, results] = await Promise.all([
    taxonomyLabels(locals.api, 'skills', chosenIds),
    suggestedSkills(locals.api, profile.desiredOccupationIds, new Set(chosenIds)),
    searchTaxonomy(locals.api, 'skills', q),
  ]);
  const label = (skill: Skill) => ('skillId' in skill ? (labels.get(skill.skillId) ?? m.profile_unknown_entry()) : skill.customLabel);
  return { q, results, suggestions, chosenIds, skills: profile.skills.map((skill) => ({ key: keyOf(skill), label: label(skill), level: skill.level })) };
};

const add = (skill: Skill) => existing((p) => ({ ...p, skills: p.skills.some((s) => keyOf(s) === keyOf(skill)) ? p.skills : [...p.skills, skill] }));

export const actions: Actions = {
  addSkill: async (event) => {
    const data = await event.request.formData();
    const skill = { skillId: formNumber(data, 'skillId'), level: formChoice(data, 'level', skillLevels) ?? DEFAULT_LEVEL };
    return saveProfile(event, add(skill), { next: samePageWithQuery(event.url) });
  },
  addOwn: async (event) => {
    const data = await event.request.formData();
    const customLabel = formText(data, 'customLabel').trim();
    const level = formChoice(data, 'level', skillLevels) ?? DEFAULT_LEVEL;
    return saveProfile(event, add({ customLabel, level }), { next: samePageWithQuery(event.url), values: { customLabel, level } });
  },
  removeSkill: async (event) => {
    const key = formText(await event.request.formData(), 'remove');
    return saveProfile(event, existing((p) => ({ ...p, skills: p.skills.filter((s) => keyOf(s) !== key) })), { next: samePageWithQuery(event.url) });
  },
  levels: async (event) => {
    const levels = formLevels(await event.request.formData(), skillLevels);
    return saveProfile(event, existing((p) => ({ ...p, skills: p.skills.map((s) => ({ ...s, level: levels.get(keyOf(s)) ?? s.level })) })), {
      next: afterStep('skills'),
    });
  },
};
