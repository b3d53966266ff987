import type { APIRequestContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { mainOf as main } from './fixture';

// What the matching and contact-request journeys share: the demo's people, its cook
// offer, and a profile that matches it. Each takes the address of the server under test.

export const PASSWORD = 'gallo-pinto-de-upala-7';
export const DEMO_PASSWORD = 'demo-solidaria-2026';
export const COOK_OFFER = /^Cocinero o cocinera/;

export const text = async (page: Page) => (await main(page).textContent()) ?? '';

export interface OfferSummary {
  id: number;
  status: string;
  title: string;
}

/** The demo employer's published cook offer (its organisation is verified in the demo data), found as that employer. */
export async function demoCookOffer(base: string, request: APIRequestContext): Promise<OfferSummary & { organisationId: number }> {
  const { organisations } = (await (await request.get(`${base}/api/me/organizations`)).json()) as { organisations: { id: number }[] };
  const organisationId = organisations[0]!.id;
  const { offers } = (await (await request.get(`${base}/api/organizations/${organisationId}/offers`)).json()) as { offers: OfferSummary[] };
  const offer = offers.find((o) => o.status === 'published' && COOK_OFFER.test(o.title));
  expect(offer).toBeDefined();
  return { ...offer!, organisationId };
}

/**
 * A seeker's profile through the API with the browser's own session (the profile's steps
 * have their own test): a cook in Upala with one of the offer's two required skills, so
 * "Para ti" has reasons both ways and a missing skill to name.
 */
export async function makeCookProfile(base: string, request: APIRequestContext, offerId: number, birthDate = '1990-05-14') {
  const { offer } = (await (await request.get(`${base}/api/offers/${offerId}?lang=es`)).json()) as {
    offer: { municipality: { id: number }; occupation: { id: number }; skills: { id: number; required: boolean }[] };
  };
  const oneRequired = offer.skills.find((s) => s.required)!;
  const put = await request.put(`${base}/api/me/profile`, {
    data: {
      municipalityId: offer.municipality.id, birthDate, workAuthorization: 'refugee', desiredOccupationIds: [offer.occupation.id],
      skills: [{ skillId: oneRequired.id, level: 'advanced' }], languages: [{ code: 'es', level: 'native' }],
      workHistory: [{ title: 'Cocinera en un comedor', months: 24, formal: false }], availability: { fullTime: true, days: ['mon', 'tue'], shifts: ['morning'] },
    },
  });
  expect(put.status()).toBe(200);
  expect((await request.put(`${base}/api/me/profile/visibility`, { data: { visibility: 'anonymous' } })).status()).toBe(200);
}

/** Signs the browser context in as the demo employer and gives its cook offer. */
export async function demoEmployerCookOffer(base: string, request: APIRequestContext) {
  const login = await request.post(`${base}/api/auth/login`, { data: { identifier: 'empleador@demo.solidaria.test', password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  return demoCookOffer(base, request);
}

/** Registers a job seeker with the browser context's own session. */
export async function registerSeeker(base: string, request: APIRequestContext, identifier: string, displayName: string, language?: 'es' | 'en') {
  const registered = await request.post(`${base}/api/auth/register`, {
    data: { identifier, displayName, password: PASSWORD, purposes: ['seeker'], ...(language ? { language } : {}) },
  });
  expect(registered.status()).toBe(201);
}
