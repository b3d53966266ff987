import { workAuthorizations } from '@solidaria/core';
import { afterStep } from '$lib/profile/steps';
import { formChoice, formNumber, formText } from '$lib/server/form-input';
import { saveProfile } from '$lib/server/profile';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals }) => {
  const { profile, user } = await parent();
  const res = await locals.api.api.municipalities.$get();
  return {
    municipalities: res.ok ? (await res.json()).municipalities : [],
    // Before a profile exists, the municipality given at registration is the likely answer.
    municipalityId: String(profile?.municipalityId ?? user.municipalityId ?? ''),
  };
};

// The API keeps no half profile: the first save needs a municipality, a birth date and a
// work authorisation. So until there is a profile, this step asks the work permit too
// (step 7 comes back to it, with its expiry date); afterwards it asks only its own topic.
// Everything else of a new profile takes the schema's defaults (empty lists, no answers).
export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const values = { municipalityId: formText(data, 'municipalityId'), birthDate: formText(data, 'birthDate'), workAuthorization: formText(data, 'workAuthorization') };
    const place = { municipalityId: formNumber(data, 'municipalityId'), birthDate: values.birthDate };
    const workAuthorization = formChoice(data, 'workAuthorization', workAuthorizations);
    return saveProfile(event, (current) => (current ? { ...current, ...place } : { ...place, workAuthorization }), {
      next: afterStep('place'),
      values,
    });
  },
};
