import { languageLevels } from '@solidaria/core';
import { afterStep } from '$lib/profile/steps';
import { formChoice, formLevels, formText } from '$lib/server/form-input';
import { existing, savedProfile, saveProfile } from '$lib/server/profile';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
  const profile = savedProfile(await parent());
  return { languages: profile.languages };
};

export const actions: Actions = {
  add: async (event) => {
    const data = await event.request.formData();
    const code = formText(data, 'code');
    const level = formChoice(data, 'level', languageLevels);
    // The same language again changes its level instead of listing it twice.
    const change = existing((p) => ({ ...p, languages: [...p.languages.filter((l) => l.code !== code), { code, level }] }));
    return saveProfile(event, change, { next: event.url.pathname, values: { code, level: level ?? '' } });
  },
  remove: async (event) => {
    const code = formText(await event.request.formData(), 'remove');
    return saveProfile(event, existing((p) => ({ ...p, languages: p.languages.filter((l) => l.code !== code) })), { next: event.url.pathname });
  },
  levels: async (event) => {
    const levels = formLevels(await event.request.formData(), languageLevels);
    const change = existing((p) => ({ ...p, languages: p.languages.map((l) => ({ ...l, level: levels.get(l.code) ?? l.level })) }));
    return saveProfile(event, change, { next: afterStep('languages') });
  },
};
