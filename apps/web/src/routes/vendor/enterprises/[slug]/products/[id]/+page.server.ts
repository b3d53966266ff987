import { fail, redirect } from '@sveltejs/kit';
import { relayApiCookies } from '$lib/server/api-cookies';
import { apiFailure } from '$lib/server/api-errors';
import { pageInstead } from '$lib/server/employer';
import { productInput, readProductForm } from '$lib/server/market-forms';
import { photosAfter, uploadFormPhoto } from '$lib/server/market-photos';
import { loadWorkspace, productOf } from '$lib/server/vendor';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
  const workspace = await loadWorkspace(locals.api, params.slug, url.pathname);
  setHeaders({ 'cache-control': 'no-store', vary: 'Cookie' });
  return { enterprise: workspace.enterprise, product: productOf(workspace, params.id) };
};

export const actions: Actions = {
  default: async ({ request, locals, params, cookies, url }) => {
    const data = await request.formData();
    const product = productOf(await loadWorkspace(locals.api, params.slug, url.pathname), params.id);
    const values = readProductForm(data);
    const { input, refused } = productInput(values);
    if (refused) return refused;
    const photo = await uploadFormPhoto(locals.api, data);
    if (photo && 'message' in photo) return fail(photo.status, { values, problem: { status: photo.status, message: photo.message, fields: { photo: photo.message } } });
    // Switching off and on is the list's button; this form changes the rest.
    const { active: _kept, ...edit } = input;
    const res = await locals.api.api.products[':id'].$patch({ param: { id: String(product.id) }, json: { ...edit, photoIds: photosAfter(data, product.photoIds, photo?.id ?? null) } });
    relayApiCookies(res, cookies);
    if (Number(res.status) === 404 || Number(res.status) === 403) pageInstead(res, url.pathname);
    if (!res.ok) return apiFailure(res, values);
    redirect(303, `/vendor/enterprises/${params.slug}?done=product_saved`);
  },
};
