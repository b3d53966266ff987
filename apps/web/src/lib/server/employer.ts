import { error, redirect } from '@sveltejs/kit';
import { offerSalarySchema, type OfferSalary } from '@solidaria/core';
import { getLocale } from '$lib/paraglide/runtime';
import type { ApiClient } from './api';
import { isSignedOut } from './api-errors';
import { findingsOf } from './employer-screening';
import { loginPath } from './same-site-path';

// Reading what an employer's and an office's pages show. A page the API will not show
// the caller (404) is a missing page; a lapsed session goes to sign-in and back.

/** The page the person sees instead of a refused answer (call it when `!res.ok`). */
export function pageInstead(res: { status: number }, path: string): never {
  if (isSignedOut(res)) redirect(303, loginPath(path));
  if (res.status === 404 || res.status === 403) error(404, 'Not found');
  error(503, 'The service is not available right now.');
}

/** A whole number from the address (an id), or a missing page. */
export function idParam(value: string | null | undefined): string {
  if (!value || !/^[1-9]\d{0,9}$/.test(value)) error(404, 'Not found');
  return value;
}

export async function loadMunicipalities(api: ApiClient) {
  const res = await api.api.municipalities.$get();
  if (!res.ok) error(503, 'The list of municipalities is not available right now.');
  return (await res.json()).municipalities;
}

export async function loadOrganisation(api: ApiClient, id: string, path: string) {
  const res = await api.api.organizations[':id'].$get({ param: { id } });
  if (!res.ok) pageInstead(res, path);
  return res.json();
}

export async function loadOrganisationOffers(api: ApiClient, id: string, path: string) {
  const res = await api.api.organizations[':id'].offers.$get({ param: { id } });
  if (!res.ok) pageInstead(res, path);
  return (await res.json()).offers;
}

/** An offer in every state its people and office may see, with labels in the page's language. */
export async function loadOffer(api: ApiClient, id: string, path: string) {
  const res = await api.api.offers[':id'].$get({ param: { id }, query: { lang: getLocale() } });
  if (!res.ok) pageInstead(res, path);
  const { offer, flags = [], rejectionReason = null, hiddenByReports = false } = await res.json();
  // The API declares the pay loosely; the web reads it through the shared schema.
  const salary: OfferSalary = offerSalarySchema.catch({ kind: 'to_agree' }).parse(offer.salary);
  return { ...offer, salary, review: { flags: findingsOf(flags), rejectionReason, hiddenByReports } };
}

export type LoadedOffer = Awaited<ReturnType<typeof loadOffer>>;
