import { countryCodes, type CountryCode } from '@solidaria/core';

/** The countries whose local phone numbers the API can read, for the country select. */
export const phoneCountries: readonly CountryCode[] = countryCodes;

/** A text input's value; absent or a file reads as empty. */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/** Values from a closed list, keeping only the ones on it. */
export function formChoices<T extends string>(data: FormData, name: string, allowed: readonly T[]): T[] {
  return data.getAll(name).filter((value): value is T => (allowed as readonly unknown[]).includes(value));
}

/** One value from a closed list, or undefined when none (or one not on it) was sent. */
export function formChoice<T extends string>(data: FormData, name: string, allowed: readonly T[]): T | undefined {
  return formChoices(data, name, allowed)[0];
}

/** A whole number typed or chosen, or NaN for anything else (which the schema then refuses by field). */
export function formNumber(data: FormData, name: string): number {
  const value = formText(data, name).trim();
  return /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
}

/** The levels of a list's items, posted as `level:<key>`, keeping only known levels. */
export function formLevels<T extends string>(data: FormData, allowed: readonly T[]): Map<string, T> {
  const levels = new Map<string, T>();
  for (const [name, value] of data) {
    if (name.startsWith('level:') && (allowed as readonly unknown[]).includes(value)) levels.set(name.slice('level:'.length), value as T);
  }
  return levels;
}

/** The "e-mail or phone" field and the country a local phone number is read in. */
export function identifierInput(data: FormData): { identifier: string; country: CountryCode | undefined } {
  const country = formText(data, 'country');
  return {
    identifier: formText(data, 'identifier'),
    country: phoneCountries.find((code) => code === country),
  };
}
