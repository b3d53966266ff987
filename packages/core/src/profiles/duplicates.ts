import { nameKey } from '../accounts/name-key';

/** What the office is told about two registrations that may be the same person. */
export type DuplicateReason = 'same_phone' | 'similar_name_same_birth_year';

export interface RegistrationTraits {
  phone: string | null;
  displayName: string;
  birthDate: string;
}

// The office's one fold of names (the same as its name search), then the words in order.
const fold = (name: string) => nameKey(name).split(/[^\p{L}]+/u).filter(Boolean).sort().join(' ');

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * Whether two people of one municipality may be one person registered twice. Families
 * share phones, so this only ever flags for the office to look; it never blocks.
 */
export function duplicateReason(a: RegistrationTraits, b: RegistrationTraits): DuplicateReason | null {
  if (a.phone && a.phone === b.phone) return 'same_phone';
  if (a.birthDate.slice(0, 4) !== b.birthDate.slice(0, 4)) return null;
  const [x, y] = [fold(a.displayName), fold(b.displayName)];
  return x.length > 0 && editDistance(x, y) <= Math.min(2, Math.floor(Math.max(x.length, y.length) / 6)) ? 'similar_name_same_birth_year' : null;
}
