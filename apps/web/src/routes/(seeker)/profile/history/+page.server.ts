import { educationLevels } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { afterStep } from '$lib/profile/steps';
import { formChoice, formNumber, formText } from '$lib/server/form-input';
import { existing, savedProfile, saveProfile } from '$lib/server/profile';
import { occupationsForTitle, taxonomyLabels } from '$lib/server/taxonomy';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals }) => {
  const profile = savedProfile(await parent());
  const labels = await taxonomyLabels(locals.api, 'occupations', profile.workHistory.flatMap((job) => (job.occupationId ? [job.occupationId] : [])));
  return {
    workHistory: profile.workHistory.map((job) => ({ ...job, occupation: job.occupationId ? (labels.get(job.occupationId) ?? null) : null })),
    educationLevel: profile.educationLevel,
  };
};

export const actions: Actions = {
  add: async (event) => {
    const data = await event.request.formData();
    const values = { title: formText(data, 'title'), employer: formText(data, 'employer'), months: formText(data, 'months'), formal: formText(data, 'formal') };
    // The job's title names its occupation in the taxonomy, so matching counts the experience where it belongs.
    const occupationId = values.title.trim() ? ((await occupationsForTitle(event.locals.api, values.title)).results[0]?.id ?? null) : null;
    const job = { title: values.title, employer: values.employer, months: formNumber(data, 'months'), formal: values.formal === 'yes' ? true : values.formal === 'no' ? false : undefined, occupationId };
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
