import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Solidaria';

/** A new TOTP secret (160 bits, base32) and the otpauth:// address an app can read. */
export function newTotpEnrollment(label: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 });
  const totp = new TOTP({ issuer: ISSUER, label, secret, algorithm: 'SHA1', digits: 6, period: 30 });
  return { secret: secret.base32, uri: totp.toString() };
}

const PERIOD_MS = 30_000;

/**
 * Checks a 6-digit code (RFC 6238) at `now`, one 30-second step of drift either way,
 * and returns the step it belongs to, or null. A code of a step at or before
 * `lastStep` is refused, so an overheard code cannot be replayed (RFC 6238 §5.2).
 */
export function acceptedTotpStep(secret: string, code: string, now: Date, lastStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secret), timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / PERIOD_MS) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** The code an authenticator app shows at `now` (for the CLI and tests). */
export function totpCodeAt(secret: string, now: Date): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: now.getTime() });
}
