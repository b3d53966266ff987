import { fail, redirect } from '@sveltejs/kit';
import type { CountryCode } from '@solidaria/core';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { loadMunicipalities, pageInstead } from '$lib/server/employer';
import { enterpriseInput, readEnterpriseForm } from '$lib/server/market-forms';
import { photosAfter, uploadFormPhoto } from '$lib/server/market-photos';
import { loadWorkspace } from '$lib/server/vendor';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  const { enterprise } = await loadWorkspace(locals.api, params.slug, url.pathname);
  setHeaders({ 'cache-control': 'no-store', vary: 'Cookie' });
  return { enterprise };
};

export const actions: Actions = {
  default: async ({ request, locals, params, cookies, url }) => {
    const data = await request.formData();
    const [{ enterprise }, municipalities] = await Promise.all([loadWorkspace(locals.api, params.slug, url.pathname), loadMunicipalities(locals.api)]);
    // The municipality is not the vendor's to change here: it decides the currency and the office.
    const values = { ...readEnterpriseForm(data), municipalityId: String(enterprise.municipalityId) };
    const country = municipalities.find((place) => place.id === enterprise.municipalityId)?.country as CountryCode | undefined;
    const { input, refused } = enterpriseInput(values, country);
    if (refused) return refused;
    const photo = await uploadFormPhoto(locals.api, data);
    if (photo && 'message' in photo) return fail(photo.status, { values, problem: { status: photo.status, message: photo.message, fields: { photo: photo.message } } });
    const { municipalityId: _fixed, ...edit } = input;
    // The form offers the offline methods; card payments are set up on their own page and stay as they are.
    const paymentMethods = enterprise.paymentMethods.includes('card') ? [...edit.paymentMethods, 'card' as const] : edit.paymentMethods;
    const res = await locals.api.api.enterprises[':id'].$patch({ param: { id: String(enterprise.id) }, json: { ...edit, paymentMethods, photoIds: photosAfter(data, enterprise.photoIds, photo?.id ?? null) } });
    relayApiCookies(res, cookies);
    if (Number(res.status) === 404 || Number(res.status) === 403) pageInstead(res, url.pathname);
    if (!res.ok) return apiFailure(res, values);
    redirect(303, `/vendor/enterprises/${params.slug}?done=saved`);
  },
};
