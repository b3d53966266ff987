import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Solidaria';

/** A new TOTP secret (160 bits, base32) and the otpauth:// address an app can read. */
export function newTotpEnrollment(label: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 });
  const totp = new TOTP({ issuer: ISSUER, label, secret, algorithm: 'SHA1', digits: 6, period: 30 });
  return { secret: secret.base32, uri: totp.toString() };
}

/** Checks a 6-digit code (RFC 6238) at `now`, one 30-second step of drift either way. */
export function isValidTotp(secret: string, code: string, now: Date): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secret), timestamp: now.getTime(), window: 1 });
  return delta !== null;
}

/** The code an authenticator app shows at `now` (for the CLI and tests). */
export function totpCodeAt(secret: string, now: Date): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: now.getTime() });
}
