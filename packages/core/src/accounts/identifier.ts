import { parsePhoneNumberFromString, type CountryCode as PhoneCountry } from 'libphonenumber-js/max';
import { z } from 'zod';

/** How a person signs in: an e-mail address, or a phone number for the many who have none. */
export type Identifier = { kind: 'email'; value: string } | { kind: 'phone'; value: string };

const emailSchema = z.email();

/**
 * Reads what a person typed as their e-mail or phone. E-mail is trimmed and lower-cased;
 * a phone number must be valid and is stored in E.164 (a local number is read in the
 * country given, so "8888 1234" in Costa Rica is +50688881234).
 */
export function parseIdentifier(input: string, country?: PhoneCountry): Identifier | null {
  const text = input.trim();
  if (text.includes('@')) {
    const email = text.toLowerCase();
    return emailSchema.safeParse(email).success && email.length <= 254 ? { kind: 'email', value: email } : null;
  }
  if (!/^[+\d(][\d\s()+.-]{5,24}$/.test(text)) return null;
  const phone = parsePhoneNumberFromString(text, country);
  return phone?.isValid() ? { kind: 'phone', value: phone.number } : null;
}
