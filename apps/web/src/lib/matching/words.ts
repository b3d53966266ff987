import type { ApplicationState, ContactRequestState } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

// Applications and contact requests in the words a person reads. Keyed by the core enums,
// so a state added there fails the type check here until it has words.
type Words<T extends string> = Record<T, () => string>;

/** Where an application stands, as the person who sent it reads it. */
export const applicationStateWords: Words<ApplicationState> = {
  applied: m.applications_state_applied,
  shortlisted: m.applications_state_shortlisted,
  interview: m.applications_state_interview,
  offered: m.applications_state_offered,
  hired: m.applications_state_hired,
  rejected: m.applications_state_rejected,
  withdrawn: m.applications_state_withdrawn,
};

/** Where an application stands, as the employer reads it. */
export const pipelineStateWords: Words<ApplicationState> = {
  applied: m.pipeline_state_applied,
  shortlisted: m.pipeline_state_shortlisted,
  interview: m.pipeline_state_interview,
  offered: m.pipeline_state_offered,
  hired: m.pipeline_state_hired,
  rejected: m.pipeline_state_rejected,
  withdrawn: m.pipeline_state_withdrawn,
};

/** The pipeline's groups, one per state. */
export const pipelineGroupWords: Words<ApplicationState> = {
  applied: m.pipeline_group_applied,
  shortlisted: m.pipeline_group_shortlisted,
  interview: m.pipeline_group_interview,
  offered: m.pipeline_group_offered,
  hired: m.pipeline_group_hired,
  rejected: m.pipeline_group_rejected,
  withdrawn: m.pipeline_group_withdrawn,
};

/** The employer's buttons: what moving an application to a state does. */
export const pipelineMoveWords: Partial<Words<ApplicationState>> = {
  shortlisted: m.pipeline_move_shortlisted,
  interview: m.pipeline_move_interview,
  offered: m.pipeline_move_offered,
  hired: m.pipeline_move_hired,
  rejected: m.pipeline_move_rejected,
};

export const contactRequestStateWords: Words<ContactRequestState> = {
  pending: m.applications_request_state_pending,
  accepted: m.applications_request_state_accepted,
  declined: m.applications_request_state_declined,
  withdrawn: m.applications_request_state_withdrawn,
  closed: m.applications_request_state_closed,
};

/** A day (an ISO date or moment from the API) as a person reads it, in a municipality's time zone. */
export function formatDay(iso: string, timeZone: string): string {
  const moment = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long', timeZone }).format(moment);
}

/** How a person answered an organisation's contact request, as the organisation reads it. */
export const contactStateWords: Record<ContactRequestState, () => string> = {
  pending: m.contact_state_pending,
  accepted: m.contact_state_accepted,
  declined: m.contact_state_declined,
  withdrawn: m.contact_state_withdrawn,
  closed: m.contact_state_closed,
};
