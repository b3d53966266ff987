/**
 * A path on this site to send a person to, or `fallback`: never an absolute or
 * protocol-relative address. Backslashes and control characters are refused too, since
 * browsers read "/\evil.example" and "/<tab>/evil.example" as another site.
 */
export function sameSitePath(value: unknown, fallback = '/'): string {
  return typeof value === 'string' && value.length <= 2000 && /^\/(?!\/)[^\\\x00-\x1f\x7f]*$/.test(value) ? value : fallback;
}

/** The sign-in page, returning to `path` afterwards. */
export const loginPath = (path: string) => `/login?redirectTo=${encodeURIComponent(path).replaceAll('%2F', '/')}`;
