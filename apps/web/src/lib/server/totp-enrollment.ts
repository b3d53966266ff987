import type { Cookies } from '@sveltejs/kit';
import { z } from 'zod';

// The authenticator secret the API gives once, at an officer's first sign-in, travels from
// the sign-in action to the code page in a cookie only that page receives (never in a
// URL, where logs and history would keep it), for as long as the password step is valid.
const NAME = 'solidaria_totp_enrollment';
const PATH = '/login/totp';
const FIVE_MINUTES = 5 * 60;

const enrollmentSchema = z.object({ secret: z.string().regex(/^[A-Z2-7]+=*$/), uri: z.string().startsWith('otpauth://') });
export type TotpEnrollment = z.infer<typeof enrollmentSchema>;

const options = (url: URL) => ({ path: PATH, httpOnly: true, sameSite: 'strict' as const, secure: url.protocol === 'https:' });

export function keepTotpEnrollment(cookies: Cookies, url: URL, enrollment: TotpEnrollment): void {
  cookies.set(NAME, JSON.stringify(enrollment), { ...options(url), maxAge: FIVE_MINUTES });
}

export function readTotpEnrollment(cookies: Cookies): TotpEnrollment | null {
  const value = cookies.get(NAME);
  if (!value) return null;
  try {
    return enrollmentSchema.parse(JSON.parse(value));
  } catch {
    return null;
  }
}

/** Once the code is confirmed the secret is in the app, and the browser forgets it. */
export function forgetTotpEnrollment(cookies: Cookies, url: URL): void {
  cookies.delete(NAME, options(url));
}
