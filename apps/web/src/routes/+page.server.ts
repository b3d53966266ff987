import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const res = await locals.api.api.municipalities.$get();
  if (!res.ok) error(503, 'The list of municipalities is not available right now.');
  const { municipalities } = await res.json();
  return { municipalities };
};
