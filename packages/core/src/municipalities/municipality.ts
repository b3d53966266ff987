import { z } from 'zod';

/** The programme's countries and the currency prices and salaries are kept in. */
export const COUNTRY_CURRENCY = {
  CR: 'CRC',
  GT: 'GTQ',
  HN: 'HNL',
  // Panama's paper money is the US dollar (the balboa exists only as coins at par).
  PA: 'USD',
} as const;

export type CountryCode = keyof typeof COUNTRY_CURRENCY;
export const countryCodes = Object.keys(COUNTRY_CURRENCY) as [CountryCode, ...CountryCode[]];
export const currencyCodes = ['CRC', 'GTQ', 'HNL', 'PAB', 'USD'] as const;
export type CurrencyCode = (typeof currencyCodes)[number];

export const municipalitySchema = z.object({
  id: z.number().int().positive(),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  country: z.enum(countryCodes),
  currency: z.enum(currencyCodes),
  timeZone: z.string().min(1),
}).meta({ id: 'Municipality' });

export type Municipality = z.infer<typeof municipalitySchema>;
