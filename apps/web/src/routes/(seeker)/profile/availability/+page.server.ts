import { shifts, weekDays } from '@solidaria/core';
import { afterStep } from '$lib/profile/steps';
import { formChoices, formText } from '$lib/server/form-input';
import { existing, savedProfile, saveProfile } from '$lib/server/profile';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => ({ availability: savedProfile(await parent()).availability });

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const hours = formChoices(data, 'hours', ['full', 'part'] as const);
    const canStartOn = formText(data, 'canStartOn');
    const availability = {
      fullTime: hours.includes('full'),
      partTime: hours.includes('part'),
      days: formChoices(data, 'days', weekDays),
      shifts: formChoices(data, 'shifts', shifts),
      canStartOn: canStartOn || null,
    };
    return saveProfile(event, existing((p) => ({ ...p, availability })), { next: afterStep('availability'), values: { canStartOn } });
  },
};
