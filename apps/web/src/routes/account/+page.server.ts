import { error, redirect } from '@sveltejs/kit';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure, isSignedOut } from '$lib/server/api-errors';
import { loginPath } from '$lib/server/same-site-path';
import { deviceName } from './device-name';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ parent, locals, url }) => {
  const { user } = await parent();
  if (!user) redirect(303, loginPath(url.pathname));
  const [sessionsRes, municipalitiesRes] = await Promise.all([locals.api.api.me.sessions.$get(), locals.api.api.municipalities.$get()]);
  if (isSignedOut(sessionsRes)) redirect(303, loginPath(url.pathname));
  if (!sessionsRes.ok) error(503, 'The list of sessions is not available right now.');
  const { sessions } = await sessionsRes.json();
  const municipalities = municipalitiesRes.ok ? (await municipalitiesRes.json()).municipalities : [];
  const municipalityName = (id: number | null) => municipalities.find((municipality) => municipality.id === id)?.name ?? null;
  const home = municipalities.find((municipality) => municipality.id === user.municipalityId);
  return {
    user,
    municipality: municipalityName(user.municipalityId),
    roles: user.roles.map((grant) => ({ role: grant.role, municipality: municipalityName(grant.municipalityId) })),
    sessions: sessions.map((session) => ({
      id: session.id,
      device: deviceName(session.userAgent),
      lastSeenAt: session.lastSeenAt,
      current: session.current,
    })),
    // Times are shown in the person's municipality's zone; without one, in UTC, said so.
    timeZone: home?.timeZone ?? 'UTC',
  };
};

export const actions: Actions = {
  logoutAll: async ({ locals, cookies, url }) => {
    const res = await locals.api.api.auth['logout-all'].$post();
    relayApiCookies(res, cookies);
    if (isSignedOut(res)) redirect(303, loginPath(url.pathname));
    if (!res.ok) return apiFailure(res, {});
    redirect(303, '/');
  },
};
