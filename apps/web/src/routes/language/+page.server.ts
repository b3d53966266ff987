import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { locales } from '$lib/paraglide/runtime';
import { rememberLocale } from '$lib/server/locale-cookie';
import { sameSitePath } from '$lib/server/same-site-path';
import type { Actions } from './$types';

const choiceSchema = z.object({
  locale: z.enum(locales),
  // Only a path on this site: never an absolute or protocol-relative address.
  redirectTo: z.unknown().transform((value) => sameSitePath(value)),
});

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const choice = choiceSchema.safeParse(Object.fromEntries(await request.formData()));
    if (!choice.success) return fail(400, { invalid: true });
    rememberLocale(cookies, url, choice.data.locale);
    redirect(303, choice.data.redirectTo);
  },
};
