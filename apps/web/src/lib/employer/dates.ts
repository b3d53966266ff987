import { dateTimeFormat } from '@solidaria/core';
import { getLocale } from '$lib/paraglide/runtime';

/** A calendar day (YYYY-MM-DD, a municipality's date) as people write it: "31 de diciembre de 2026". */
export function formatDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dateTimeFormat(getLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
