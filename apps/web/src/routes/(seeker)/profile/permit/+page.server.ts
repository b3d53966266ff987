import { workAuthorizations, type WorkAuthorization } from '@solidaria/core';
import { afterStep } from '$lib/profile/steps';
import { formChoice, formText } from '$lib/server/form-input';
import { existing, savedProfile, saveProfile } from '$lib/server/profile';
import type { Actions, PageServerLoad } from './$types';

/** The answers that come with a document that runs out; the others have no expiry date. */
const EXPIRES: readonly WorkAuthorization[] = ['refugee', 'asylum_seeker_with_permit', 'other_permit'];

export const load: PageServerLoad = async ({ parent }) => {
  const profile = savedProfile(await parent());
  return { workAuthorization: profile.workAuthorization, expiresOn: profile.workAuthorizationExpiresOn };
};

export const actions: Actions = {
  default: async (event) => {
    const data = await event.request.formData();
    const workAuthorization = formChoice(data, 'workAuthorization', workAuthorizations);
    const expiresOn = formText(data, 'workAuthorizationExpiresOn');
    // Without JavaScript the date field is always there; a date given for an answer
    // that has none is dropped rather than refused.
    const workAuthorizationExpiresOn = workAuthorization && EXPIRES.includes(workAuthorization) && expiresOn ? expiresOn : null;
    return saveProfile(event, existing((p) => ({ ...p, workAuthorization, workAuthorizationExpiresOn })), {
      next: afterStep('permit'),
      values: { workAuthorization: workAuthorization ?? '', workAuthorizationExpiresOn: expiresOn },
    });
  },
};
