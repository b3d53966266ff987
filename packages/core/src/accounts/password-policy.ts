import { dictionary } from '@zxcvbn-ts/language-common';
import { isPrivileged, type RoleGrant } from './roles';

export const PASSWORD_MIN = 8;
export const PASSWORD_MIN_PRIVILEGED = 12;
export const PASSWORD_MAX = 128;

// About 49,000 passwords from real leaks world-wide (zxcvbn-ts's common list), which
// holds the Spanish favourites too (teamo, tequiero, contrasena, barcelona, …).
let common: ReadonlySet<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common'] as string[]));

// A flag or a skin-toned emoji is one character to the person typing it.
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON';

/**
 * What is wrong with a new password, or null. No composition rules; length counts
 * characters as a person sees them; the common list is checked exactly as typed.
 */
export function passwordProblem(password: string, grants: readonly RoleGrant[] = []): PasswordProblem | null {
  const length = [...graphemes.segment(password)].length;
  if (length < (isPrivileged(grants) ? PASSWORD_MIN_PRIVILEGED : PASSWORD_MIN)) return 'TOO_SHORT';
  if (length > PASSWORD_MAX) return 'TOO_LONG';
  if (commonPasswords().has(password)) return 'TOO_COMMON';
  return null;
}
