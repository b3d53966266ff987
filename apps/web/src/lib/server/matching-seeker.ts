import { error, redirect } from '@sveltejs/kit';
import { applicationStates } from '@solidaria/core';
import { z } from 'zod';
import type { ApiClient } from './api';
import { isSignedOut } from './api-errors';
import { loginPath } from './same-site-path';

interface SignedIn {
  user: { municipalityId: number | null; roles: readonly { role: string }[] } | null;
}

/**
 * Pages for people looking for work that live outside the profile's folder ("Para ti",
 * their applications): signed in, with the seeker role, as the profile's pages ask.
 */
export function requireSeeker<T extends SignedIn>(data: T, url: URL): NonNullable<T['user']> {
  const { user } = data;
  if (!user) redirect(303, loginPath(url.pathname + url.search));
  if (!user.roles.some((grant) => grant.role === 'seeker')) redirect(303, '/account');
  return user as NonNullable<T['user']>;
}

/** The zone a person's dates are shown in: their municipality's, else Central America's usual one. */
export async function homeTimeZone(api: ApiClient, municipalityId: number | null): Promise<string> {
  const res = await api.api.municipalities.$get();
  const municipalities = res.ok ? (await res.json()).municipalities : [];
  return municipalities.find((mu) => mu.id === municipalityId)?.timeZone ?? 'America/Costa_Rica';
}

const historySchema = z.array(z.object({ at: z.string(), from: z.string().nullable(), to: z.enum(applicationStates) }));

/** The person's applications, newest first, with their history. */
export async function loadMyApplications(api: ApiClient, path: string) {
  const res = await api.api.me.applications.$get();
  if (isSignedOut(res)) redirect(303, loginPath(path));
  if (!res.ok) error(503, 'Applications are not available right now.');
  const { applications } = await res.json();
  return applications.map((a) => ({ ...a, history: historySchema.catch([]).parse(a.history) }));
}
export type MyApplication = Awaited<ReturnType<typeof loadMyApplications>>[number];

/** The contact requests organisations sent the person, newest first. */
export async function loadMyContactRequests(api: ApiClient, path: string) {
  const res = await api.api.me['contact-requests'].$get();
  if (isSignedOut(res)) redirect(303, loginPath(path));
  if (!res.ok) error(503, 'Contact requests are not available right now.');
  return (await res.json()).requests;
}

