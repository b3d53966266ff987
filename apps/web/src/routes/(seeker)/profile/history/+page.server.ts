import { educationLevels } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { afterStep } from '$lib/profile/steps';
import { formChoice, formNumber, formText } from '$lib/server/form-input';
import { existing, savedProfile, saveProfile } from '$lib/server/profile';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent }) => {
  const profile = savedProfile(await parent());
  return { workHistory: profile.workHistory, educationLevel: profile.educationLevel };
};

export const actions: Actions = {
  add: async (event) => {
    const data = await event.request.formData();
    const values = { title: formText(data, 'title'), employer: formText(data, 'employer'), months: formText(data, 'months'), formal: formText(data, 'formal') };
    const job = { title: values.title, employer: values.employer, months: formNumber(data, 'months'), formal: values.formal === 'yes' ? true : values.formal === 'no' ? false : undefined, occupationId: null };
    const itemFields = { title: m.profile_error_job_title(), months: m.profile_error_job_months(), formal: m.profile_error_job_formal(), employer: m.profile_error_job_employer() };
    return saveProfile(event, existing((p) => ({ ...p, workHistory: [...p.workHistory, job] })), { next: event.url.pathname, values, itemFields });
  },
  remove: async (event) => {
    const index = formNumber(await event.request.formData(), 'remove');
    return saveProfile(event, existing((p) => ({ ...p, workHistory: p.workHistory.filter((_, i) => i !== index) })), { next: event.url.pathname });
  },
  education: async (event) => {
    // "Prefer not to say" and no answer are both no answer.
    const educationLevel = formChoice(await event.request.formData(), 'educationLevel', educationLevels) ?? null;
    return saveProfile(event, existing((p) => ({ ...p, educationLevel })), { next: afterStep('history') });
  },
};
