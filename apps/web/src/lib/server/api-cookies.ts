import type { Cookies } from '@sveltejs/kit';
import { parseSetCookie } from 'set-cookie-parser';

type SameSite = 'lax' | 'strict' | 'none';

function sameSiteOf(value: string | undefined): SameSite | undefined {
  const lower = value?.toLowerCase();
  return lower === 'lax' || lower === 'strict' || lower === 'none' ? lower : undefined;
}

/**
 * Passes every cookie the API set (the session cookie on sign-in, its removal on sign-out)
 * on to the browser through SvelteKit, with its attributes as the API wrote them. Every
 * action that calls the API hands the response through here.
 */
export function relayApiCookies(response: { headers: Headers }, cookies: Cookies): void {
  for (const cookie of parseSetCookie(response.headers.getSetCookie(), { decodeValues: false })) {
    // SvelteKit would fill in its own defaults (HttpOnly, SameSite=Lax, Secure) for any
    // attribute left out; each is given explicitly so the browser gets the API's.
    const options = {
      // The API always names a path; "/" only stands in should one ever be missing.
      path: cookie.path ?? '/',
      domain: cookie.domain,
      httpOnly: cookie.httpOnly ?? false,
      secure: cookie.secure ?? false,
      sameSite: sameSiteOf(cookie.sameSite),
      maxAge: cookie.maxAge,
      expires: cookie.expires,
      partitioned: cookie.partitioned,
      // The value goes out exactly as the API encoded it.
      encode: (value: string) => value,
    };
    const removed = cookie.maxAge !== undefined ? cookie.maxAge <= 0 : (cookie.expires?.getTime() ?? Infinity) <= Date.now();
    if (removed) cookies.delete(cookie.name, options);
    else cookies.set(cookie.name, cookie.value, options);
  }
}
