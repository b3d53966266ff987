import { z } from 'zod';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { idParam, loadMunicipalities, pageInstead } from '$lib/server/employer';
import { zoneOf } from '$lib/server/office-people';
import type { Actions, PageServerLoad } from './$types';

// A person's record as the office sees it. The API logs this read, and the person sees
// it in "who looked at my record".

const profileFacts = z.object({ profile: z.object({ birthDate: z.string(), workAuthorization: z.string(), headline: z.string() }) });

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  const id = idParam(params.id);
  const [res, municipalities] = await Promise.all([locals.api.api.office.people[':id'].$get({ param: { id } }), loadMunicipalities(locals.api)]);
  if (!res.ok) pageInstead(res, url.pathname);
  const record = await res.json();
  setHeaders({ 'cache-control': 'no-store' });
  const place = municipalities.find((p) => p.id === record.person.municipalityId);
  return { ...record, facts: profileFacts.safeParse(record.profile).data?.profile ?? null, municipality: place?.name ?? '', timeZone: zoneOf(place ? [place] : []) };
};

export const actions: Actions = {
  newCode: async ({ locals, params, cookies }) => {
    const id = idParam(params.id);
    const res = await locals.api.api.office.people[':id']['takeover-code'].$post({ param: { id } });
    relayApiCookies(res, cookies);
    if (!res.ok) return apiFailure(res, {});
    return { issued: await res.json() };
  },
};
