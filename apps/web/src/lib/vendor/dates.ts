import { dateTimeFormat } from '@solidaria/core';
import { getLocale } from '$lib/paraglide/runtime';

const locale = () => (getLocale() === 'es' ? 'es-CR' : 'en-US');

/** When something happened, as the clock on the wall of the municipality read: "27 nov 2026, 9:05". */
export const formatMoment = (iso: string, timeZone: string): string =>
  dateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));

/** A calendar month (YYYY-MM) in words: "noviembre de 2026". */
export const formatMonth = (month: string): string =>
  dateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));
