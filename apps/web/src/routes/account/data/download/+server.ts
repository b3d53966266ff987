import { error, redirect } from '@sveltejs/kit';
import { isSignedOut } from '$lib/server/api-errors';
import { loginPath } from '$lib/server/same-site-path';
import type { RequestHandler } from './$types';

// "Download my data": the API's export, passed through as it streams, as a file to keep.
export const GET: RequestHandler = async ({ locals }) => {
  const res = await locals.api.api.me.export.$get();
  if (isSignedOut(res)) redirect(303, loginPath('/account/data'));
  if (!res.ok) error(503, 'The export is not available right now.');
  return new Response(res.body, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="solidaria-my-data.json"',
      'cache-control': 'no-store',
    },
  });
};
