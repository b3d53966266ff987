import { redirect } from '@sveltejs/kit';
import type { CountryCode } from '@solidaria/core';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { loadMunicipalities } from '$lib/server/employer';
import { enterpriseInput, readEnterpriseForm } from '$lib/server/market-forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  return { municipalities: await loadMunicipalities(locals.api) };
};

export const actions: Actions = {
  default: async ({ request, locals, cookies }) => {
    const values = readEnterpriseForm(await request.formData());
    const municipalities = await loadMunicipalities(locals.api);
    const country = municipalities.find((place) => String(place.id) === values.municipalityId)?.country as CountryCode | undefined;
    const { input, refused } = enterpriseInput(values, country);
    if (refused) return refused;
    const res = await locals.api.api.enterprises.$post({ json: input });
    relayApiCookies(res, cookies);
    if (!res.ok) return apiFailure(res, values);
    const { enterprise } = (await res.json()) as { enterprise: { slug: string } };
    redirect(303, `/vendor/enterprises/${enterprise.slug}?done=created`);
  },
};
