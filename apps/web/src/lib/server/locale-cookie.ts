import type { Cookies } from '@sveltejs/kit';
import { cookieMaxAge, cookieName, type Locale } from '$lib/paraglide/runtime';

/** Remembers the person's language in Paraglide's cookie, which decides every later page. */
export function rememberLocale(cookies: Cookies, url: URL, locale: Locale): void {
  cookies.set(cookieName, locale, {
    path: '/',
    maxAge: cookieMaxAge,
    sameSite: 'lax',
    // The client runtime reads it on pages that hydrate.
    httpOnly: false,
    secure: url.protocol === 'https:',
  });
}
