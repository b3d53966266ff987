import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { cookieMaxAge, cookieName, locales } from '$lib/paraglide/runtime';
import type { Actions } from './$types';

const choiceSchema = z.object({
  locale: z.enum(locales),
  // Only a path on this site: never an absolute or protocol-relative address.
  redirectTo: z
    .string()
    .regex(/^\/(?![/\\])/)
    .max(2000)
    .catch('/'),
});

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const choice = choiceSchema.safeParse(Object.fromEntries(await request.formData()));
    if (!choice.success) return fail(400, { invalid: true });
    cookies.set(cookieName, choice.data.locale, {
      path: '/',
      maxAge: cookieMaxAge,
      sameSite: 'lax',
      // The client runtime reads it on pages that hydrate.
      httpOnly: false,
      secure: url.protocol === 'https:',
    });
    redirect(303, choice.data.redirectTo);
  },
};
