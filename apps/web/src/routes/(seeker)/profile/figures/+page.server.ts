import { genders, populationGroups } from '@solidaria/core';
import { allCountries } from '$lib/profile/places-and-languages';
import { afterStep } from '$lib/profile/steps';
import { formChoice, formText } from '$lib/server/form-input';
import { existing, savedProfile, saveProfile } from '$lib/server/profile';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
  const { gender, nationality, populationGroup } = savedProfile(await parent());
  return { gender, nationality, populationGroup };
};

const nationalities = new Set(allCountries().map((country) => country.code));

export const actions: Actions = {
  // Every question here may go unanswered: no answer, or "prefer not to say", is saved as none.
  default: async (event) => {
    const data = await event.request.formData();
    const nationality = formText(data, 'nationality');
    const answers = {
      gender: formChoice(data, 'gender', genders) ?? null,
      nationality: nationalities.has(nationality) ? nationality : null,
      populationGroup: formChoice(data, 'populationGroup', populationGroups) ?? null,
    };
    return saveProfile(event, existing((p) => ({ ...p, ...answers })), { next: afterStep('figures') });
  },
};
