import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { profileInputSchema, visibilities, type Profile, type ProfileInput } from '@solidaria/core';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import type { ApiClient } from './api';
import { relayApiCookies } from './api-cookies';
import { apiFailure, isSignedOut, type FieldErrors, type FormProblem } from './api-errors';
import { profileFieldMessages } from './profile-errors';
import { loginPath } from './same-site-path';

// The API declares the profile loosely (it is the core type); the web reads it through
// the same schema the API validated it with, so the pages get real types.
export const storedProfileSchema = profileInputSchema.extend({
  userId: z.number(),
  displayName: z.string(),
  visibility: z.enum(visibilities),
  updatedAt: z.coerce.date(),
});

/** The signed-in person's profile, or null before they have saved step 1. */
export async function loadMyProfile(api: ApiClient, path: string): Promise<Profile | null> {
  const res = await api.api.me.profile.$get();
  if (isSignedOut(res)) redirect(303, loginPath(path));
  if (!res.ok) error(503, 'The profile service is not available right now.');
  const { profile } = await res.json();
  if (profile === null) return null;
  const parsed = storedProfileSchema.safeParse(profile);
  if (!parsed.success) error(503, 'The profile could not be read.');
  return parsed.data;
}

/** The fields a person can change, without what the API keeps for itself. */
export function editable(profile: Profile): ProfileInput {
  const { userId: _userId, displayName: _name, visibility: _visibility, updatedAt: _updatedAt, ...input } = profile;
  return input;
}

/** A profile as a step proposes it: the form's values, not yet checked. */
export type ProfileCandidate = { [K in keyof ProfileInput]?: unknown };

interface SaveOptions {
  /** Where to go once saved. */
  next: string;
  /** What the person typed, shown again if the profile is refused. */
  values?: Record<string, string>;
  /** Messages for the inputs of one list item (a job's "months"), by the field's own name. */
  itemFields?: FieldErrors;
}

/** Messages for the fields the shared schema refused, the way the API would name them. */
function schemaProblem(issues: readonly { path: readonly PropertyKey[] }[], itemFields: FieldErrors): FormProblem {
  const messages = profileFieldMessages();
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const name = String(issue.path[0] ?? '');
    const leaf = String(issue.path.at(-1) ?? '');
    if (issue.path.length > 1 && itemFields[leaf]) fields[leaf] ??= itemFields[leaf];
    else fields[name] ??= messages[name] ?? m.error_form_invalid();
  }
  return { status: 422, message: m.error_check_fields(), fields };
}

/**
 * A step's save: loads the profile as it is now, lets the step change its part, checks
 * the whole with the schema the API uses, and saves it whole (the API takes nothing
 * less). `change` gets null before the first save and returns null when it cannot start
 * a profile; the person then goes to step 1.
 */
export async function saveProfile(
  event: Pick<RequestEvent, 'locals' | 'cookies' | 'url'>,
  change: (current: ProfileInput | null) => ProfileCandidate | null,
  { next, values = {}, itemFields = {} }: SaveOptions,
) {
  const { locals, cookies, url } = event;
  const current = await loadMyProfile(locals.api, url.pathname);
  const candidate = change(current && editable(current));
  if (!candidate) redirect(303, '/profile/place');
  const checked = profileInputSchema.safeParse(candidate);
  if (!checked.success) return fail(422, { values, problem: schemaProblem(checked.error.issues, itemFields) });
  const res = await locals.api.api.me.profile.$put({ json: checked.data });
  relayApiCookies(res, cookies);
  if (isSignedOut(res)) redirect(303, loginPath(url.pathname));
  // What only the API can tell (a municipality or skill it does not know) comes back by field too.
  if (!res.ok) return apiFailure(res, values, { fields: profileFieldMessages() });
  redirect(303, next);
}

/** A change to an existing profile only; before step 1 there is nothing to change. */
export const existing =
  (change: (current: ProfileInput) => ProfileCandidate) =>
  (current: ProfileInput | null): ProfileCandidate | null =>
    current && change(current);

/** This page again, keeping a search the person made (`?q=`). */
export function samePageWithQuery(url: URL): string {
  const q = url.searchParams.get('q');
  return q ? `${url.pathname}?q=${encodeURIComponent(q)}` : url.pathname;
}

/** The profile a step works on; before step 1 is saved there is none, and the person starts there. */
export function savedProfile(data: { profile: Profile | null }): Profile {
  if (!data.profile) redirect(303, '/profile/place');
  return data.profile;
}
