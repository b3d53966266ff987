import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

// Over HTTPS the cookie is `__Host-` prefixed (Secure, Path=/, no Domain: it cannot be
// set or read by a sibling subdomain); plain HTTP is only for a machine's own network.
const isHttps = (c: Context) => new URL(c.req.url).protocol === 'https:';
export const sessionCookieName = (secure: boolean) => (secure ? '__Host-solidaria_session' : 'solidaria_session');

export function readSessionToken(c: Context): string | undefined {
  return getCookie(c, sessionCookieName(isHttps(c))) || undefined;
}

export function writeSessionCookie(c: Context, token: string, maxAgeSeconds: number): void {
  const secure = isHttps(c);
  setCookie(c, sessionCookieName(secure), token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(c: Context): void {
  const secure = isHttps(c);
  deleteCookie(c, sessionCookieName(secure), { path: '/', secure });
}
