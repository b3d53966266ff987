import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const res = await locals.api.api.me.enterprises.$get();
  return { enterprises: res.ok ? (await res.json()).enterprises : [] };
};
