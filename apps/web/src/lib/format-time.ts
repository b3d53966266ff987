import { dateTimeFormat } from '@solidaria/core';
import { getLocale } from '$lib/paraglide/runtime';

/** A moment (an ISO string from the API) as a person reads it, in their municipality's time zone. */
export function formatMoment(iso: string, timeZone: string): string {
  return dateTimeFormat(getLocale(), { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}
