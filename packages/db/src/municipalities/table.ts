import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';
import type { CountryCode, CurrencyCode } from '@solidaria/core';

export const municipalities = sqliteTable('municipalities', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  country: text('country').$type<CountryCode>().notNull(),
  currency: text('currency').$type<CurrencyCode>().notNull(),
  timeZone: text('time_zone').notNull(),
});
