import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { applicationStates, canMoveApplication } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { profileFacts } from '$lib/profile/facts';
import { relayApiCookies } from './api-cookies';
import { isSignedOut } from './api-errors';
import { idParam } from './employer';
import { refusalReasons } from './employer-screening';
import { formChoice, formText } from './form-input';
import type { CandidateView } from './matching';
import { loginPath } from './same-site-path';
import type { Names } from '$lib/profile/facts';

/** A profile view as lines of words, without the name (the card's heading says it). */
export function viewFacts(view: CandidateView, names: Names) {
  const { kind, id: _id, displayName: _name, headline, workHistory, ...shown } = view;
  // An anonymous view has no headline or jobs (the schema's defaults would say "not given").
  return profileFacts(kind === 'visible' ? { ...shown, headline, workHistory } : shown, names);
}

/** The moves the API lets an employer make from a state, in the pipeline's order. */
export const employerMoves = (state: (typeof applicationStates)[number]) => applicationStates.filter((to) => canMoveApplication(state, to, 'employer'));

type Event = Pick<RequestEvent, 'locals' | 'cookies' | 'url' | 'request' | 'params'>;

/** The employer asks an anonymous candidate for their contact, for one of the organisation's offers. */
export async function askForContact({ locals, cookies, url, request, params }: Event, organisationId: number) {
  const offerId = idParam(params.id);
  const data = await request.formData();
  const profileId = formText(data, 'profileId');
  if (!/^[1-9]\d{0,9}$/.test(profileId)) return fail(400, { ask: { profileId, message: m.candidates_error() } });
  const message = formText(data, 'message').trim().slice(0, 500);
  const res = await locals.api.api.profiles[':id']['contact-requests'].$post({ param: { id: profileId }, json: { organisationId, offerId: Number(offerId), message } });
  relayApiCookies(res, cookies);
  if (isSignedOut(res)) redirect(303, loginPath(url.pathname + url.search));
  // The API says which refusal it is: asked already, or the person takes no requests (never agreed, or withdrew since the page was read).
  if (res.status === 409) {
    const noContact = refusalReasons(await res.json()).some((r) => r.code === 'takes_no_contact_requests');
    return fail(409, { ask: { profileId, message: noContact ? m.candidates_ask_refused_no_contact() : m.candidates_already_asked() } });
  }
  if (!res.ok) return fail(Number(res.status) === 429 ? 429 : 400, { ask: { profileId, message: m.candidates_error() } });
  const page = url.searchParams.get('page');
  redirect(303, `${url.pathname}?${page ? `page=${page}&` : ''}asked=${profileId}#candidate-${profileId}`);
}

/** The employer moves an application on; the API says whether the move is theirs to make. */
export async function moveApplication({ locals, cookies, url, request }: Event) {
  const data = await request.formData();
  const id = formText(data, 'id');
  const to = formChoice(data, 'to', applicationStates);
  if (!/^[1-9]\d{0,9}$/.test(id) || !to) return fail(400, { moveProblem: id });
  const res = await locals.api.api.applications[':id'].transitions.$post({ param: { id }, json: { to } });
  relayApiCookies(res, cookies);
  if (isSignedOut(res)) redirect(303, loginPath(url.pathname));
  if (!res.ok) return fail(Number(res.status) === 429 ? 429 : 409, { moveProblem: id });
  redirect(303, `${url.pathname}?done=${to}#application-${id}`);
}
