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

/** The "e-mail or phone" field and the country a local phone number is read in. */
export function identifierInput(data: FormData): { identifier: string; country: CountryCode | undefined } {
  const country = formText(data, 'country');
  return {
    identifier: formText(data, 'identifier'),
    country: phoneCountries.find((code) => code === country),
  };
}
