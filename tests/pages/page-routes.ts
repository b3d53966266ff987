import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoRecords, PublicRecords } from './demo-records';

export const roles = ['anonymous', 'seeker', 'employer', 'vendor', 'officer', 'admin'] as const;
export type Role = (typeof roles)[number];

const routesDir = fileURLToPath(new URL('../../apps/web/src/routes', import.meta.url));

/** Every page of the web app, as SvelteKit route ids (`/jobs/[id]`, `/(seeker)/profile`), from its +page.svelte files. */
export function pageRouteIds(dir = routesDir): string[] {
  const ids: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) ids.push(...pageRouteIds(path));
    else if (entry === '+page.svelte') ids.push(`/${relative(routesDir, dir).split(sep).join('/')}`.replace(/\/$/, '') || '/');
  }
  return ids.sort();
}

export interface PageCoverage {
  /** The addresses that show this page, with its dynamic segments filled from demo records. */
  urls: (records: DemoRecords) => string[];
  /** Who must be shown the page itself (not sent elsewhere); everyone else is tried too. */
  shownTo: readonly Role[];
}

const everyone = roles;
const signedIn = roles.filter((role) => role !== 'anonymous');
// The demo vendor is a seeker too, but has no profile yet: her profile pages send her to its first step.
const seekers: Role[] = ['seeker'];
const one = (url: string) => () => [url];

/**
 * How each page is reached. A page missing here fails the accessibility test, so a page
 * added later is covered, or listed, the day it appears.
 */
export const pageCoverage: Record<string, PageCoverage> = {
  '/': { urls: one('/'), shownTo: everyone },
  '/about': { urls: one('/about'), shownTo: everyone },
  '/privacy': { urls: one('/privacy'), shownTo: everyone },
  '/language': { urls: one('/language'), shownTo: everyone },
  '/jobs': { urls: () => ['/jobs', '/jobs?q=cocinero', '/jobs?q=zzzzqx'], shownTo: everyone },
  '/jobs/[id]': { urls: (r) => [`/jobs/${r.offerId}`], shownTo: everyone },
  '/market': { urls: () => ['/market', '/market?q=tortillas'], shownTo: everyone },
  '/market/[slug]': { urls: (r) => [`/market/${r.enterpriseSlug}`], shownTo: everyone },
  '/orders/[publicId]': { urls: (r) => [`/orders/${r.orderPublicId}`], shownTo: everyone },
  '/register': { urls: one('/register'), shownTo: ['anonymous'] },
  '/login': { urls: one('/login'), shownTo: ['anonymous'] },
  '/login/totp': { urls: one('/login/totp'), shownTo: ['anonymous'] },
  '/forgot': { urls: one('/forgot'), shownTo: ['anonymous'] },
  '/reset': { urls: one('/reset?token=0123456789abcdef0123'), shownTo: ['anonymous'] },
  '/account/deleted': { urls: one('/account/deleted'), shownTo: ['anonymous'] },
  '/account': { urls: one('/account'), shownTo: signedIn },
  '/account/data': { urls: one('/account/data'), shownTo: signedIn },
  '/account/delete': { urls: one('/account/delete'), shownTo: signedIn },
  '/account/views': { urls: one('/account/views'), shownTo: signedIn },
  '/takeover': { urls: one('/takeover'), shownTo: ['anonymous'] },
  '/applications': { urls: one('/applications'), shownTo: seekers },
  '/for-you': { urls: one('/for-you'), shownTo: seekers },
  '/(seeker)/profile': { urls: one('/profile'), shownTo: seekers },
  '/(seeker)/profile/availability': { urls: one('/profile/availability'), shownTo: seekers },
  '/(seeker)/profile/figures': { urls: one('/profile/figures'), shownTo: seekers },
  '/(seeker)/profile/history': { urls: one('/profile/history'), shownTo: seekers },
  '/(seeker)/profile/languages': { urls: one('/profile/languages'), shownTo: seekers },
  '/(seeker)/profile/permit': { urls: one('/profile/permit'), shownTo: seekers },
  '/(seeker)/profile/place': { urls: one('/profile/place'), shownTo: seekers },
  '/(seeker)/profile/skills': { urls: one('/profile/skills'), shownTo: seekers },
  '/(seeker)/profile/visibility': { urls: one('/profile/visibility'), shownTo: seekers },
  '/(seeker)/profile/work': { urls: one('/profile/work'), shownTo: seekers },
  '/employer': { urls: one('/employer'), shownTo: ['employer'] },
  '/employer/offers/new': { urls: (r) => [`/employer/offers/new?organization=${r.organisationId}`], shownTo: ['employer'] },
  '/employer/offers/[id]': { urls: (r) => [`/employer/offers/${r.employerOfferId}`], shownTo: ['employer'] },
  '/employer/offers/[id]/applications': { urls: (r) => [`/employer/offers/${r.employerOfferId}/applications`], shownTo: ['employer'] },
  '/employer/offers/[id]/candidates': { urls: (r) => [`/employer/offers/${r.employerOfferId}/candidates`], shownTo: ['employer'] },
  '/employer/organizations/new': { urls: one('/employer/organizations/new'), shownTo: ['employer'] },
  '/employer/organizations/[id]': { urls: (r) => [`/employer/organizations/${r.organisationId}`], shownTo: ['employer'] },
  '/office': { urls: one('/office'), shownTo: ['officer'] },
  '/office/offers/[id]': { urls: (r) => [`/office/offers/${r.pendingOfferId}`], shownTo: ['officer'] },
  '/office/organizations/[id]': { urls: (r) => [`/office/organizations/${r.organisationId}`], shownTo: ['officer'] },
  '/office/register': { urls: one('/office/register'), shownTo: ['officer'] },
  '/office/people': { urls: () => ['/office/people', '/office/people?q=Castillo'], shownTo: ['officer'] },
  '/office/people/[id]': { urls: (r) => [`/office/people/${r.personId}`], shownTo: ['officer'] },
  '/office/duplicates': { urls: one('/office/duplicates'), shownTo: ['officer'] },
  '/office/duplicates/[id]': { urls: (r) => [`/office/duplicates/${r.duplicateId}`], shownTo: ['officer'] },
  '/office/enterprises': { urls: one('/office/enterprises'), shownTo: ['officer'] },
  '/office/enterprises/[id]': { urls: (r) => [`/office/enterprises/${r.vendorEnterpriseId}`], shownTo: ['officer'] },
  '/office/placements': { urls: one('/office/placements'), shownTo: ['officer'] },
  '/office/placements/new': { urls: (r) => [`/office/placements/new?person=${r.personId}`], shownTo: ['officer'] },
  '/office/figures': { urls: one('/office/figures'), shownTo: ['officer', 'admin'] },
  '/office/figures/report': { urls: one('/office/figures/report'), shownTo: ['officer', 'admin'] },
  '/vendor': { urls: one('/vendor'), shownTo: ['vendor'] },
  '/vendor/enterprises/new': { urls: one('/vendor/enterprises/new'), shownTo: ['vendor'] },
  '/vendor/enterprises/[slug]': { urls: (r) => [`/vendor/enterprises/${r.vendorEnterpriseSlug}`], shownTo: ['vendor'] },
  '/vendor/enterprises/[slug]/edit': { urls: (r) => [`/vendor/enterprises/${r.vendorEnterpriseSlug}/edit`], shownTo: ['vendor'] },
  '/vendor/enterprises/[slug]/payments': { urls: (r) => [`/vendor/enterprises/${r.vendorEnterpriseSlug}/payments`], shownTo: ['vendor'] },
  '/vendor/enterprises/[slug]/products/[id]': { urls: (r) => [`/vendor/enterprises/${r.vendorEnterpriseSlug}/products/${r.vendorProductId}`], shownTo: ['vendor'] },
};

/** Answers that are no route of their own, checked too: the error page (+error.svelte), for an address that does not exist. */
export const errorPages = ['/no-such-page'];

/** Pages deliberately left out, each with the reason. */
export const uncoveredPages: Record<string, string> = {};

/** The public pages a first-time visitor on a phone lands on: what the page budgets are measured on. */
export const publicPages = (r: PublicRecords): string[] => [
  '/', '/jobs', '/jobs?q=cocinero', `/jobs/${r.offerId}`, '/market', '/market?q=tortillas', `/market/${r.enterpriseSlug}`,
  `/orders/${r.orderPublicId}`, '/register', '/login', '/forgot', '/about', '/privacy', '/language',
];
