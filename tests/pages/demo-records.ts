import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'otpauth';
import type { APIRequestContext } from 'playwright-core';
import { z } from 'zod';
import type { Role } from './page-routes';

/** The demo records that fill the dynamic segments of page addresses. */
export interface DemoRecords {
  offerId: number;
  enterpriseSlug: string;
  orderPublicId: string;
  organisationId: number;
  employerOfferId: number;
  pendingOfferId: number;
  vendorEnterpriseSlug: string;
  vendorProductId: number;
  vendorEnterpriseId: number;
  /** A person the officer registered at the office. */
  personId: number;
  /** An open possible duplicate: the same person registered twice at the office. */
  duplicateId: number;
}

const DEMO_PASSWORD = 'demo-solidaria-2026';
const demoEmail: Record<Exclude<Role, 'anonymous'>, string> = {
  seeker: 'buscadora@demo.solidaria.test',
  employer: 'empleador@demo.solidaria.test',
  vendor: 'vendedora@demo.solidaria.test',
  officer: 'oficina.upala@demo.solidaria.test',
  admin: 'admin@demo.solidaria.test',
};

/** The officer's and admin's random passwords, which the first start writes to the data folder. */
function privilegedPassword(dataDir: string, role: 'officer' | 'admin'): string {
  const text = readFileSync(join(dataDir, 'demo-credentials.txt'), 'utf8');
  const password = new RegExp(`^${role}: \\S+ / (\\S+)`, 'm').exec(text)?.[1];
  if (!password) throw new Error(`No ${role} in demo-credentials.txt`);
  return password;
}

async function json<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, schema: z.ZodType<T>): Promise<T> {
  if (!response.ok()) throw new Error(`${response.url()} answered ${response.status()}: ${await response.text()}`);
  return schema.parse(await response.json());
}

const loginResult = z.object({ status: z.enum(['signed_in', 'totp_required']), totpEnrollment: z.object({ uri: z.string() }).optional() });

/**
 * Signs a browser context's cookie jar in as a demo account through the API (the pages'
 * own sign-in is tested elsewhere); officers and admins answer their authenticator code.
 */
export async function signIn(request: APIRequestContext, baseUrl: string, dataDir: string, role: Role): Promise<void> {
  if (role === 'anonymous') return;
  const password = role === 'officer' || role === 'admin' ? privilegedPassword(dataDir, role) : DEMO_PASSWORD;
  const login = await json(await request.post(`${baseUrl}/api/auth/login`, { data: { identifier: demoEmail[role], password } }), loginResult);
  if (login.status === 'signed_in') return;
  if (!login.totpEnrollment) throw new Error(`${role} has an authenticator already; this test signs in fresh demo accounts`);
  const code = URI.parse(login.totpEnrollment.uri).generate();
  await json(await request.post(`${baseUrl}/api/auth/totp`, { data: { code } }), loginResult);
}

const idList = (key: string) => z.object({ [key]: z.array(z.object({ id: z.number() }).loose()).min(1) });

export type PublicRecords = Pick<DemoRecords, 'offerId' | 'enterpriseSlug' | 'orderPublicId'>;

/** A published offer, an enterprise, and the page of a guest order placed for the test. */
export async function publicRecords(anonymous: APIRequestContext, baseUrl: string): Promise<PublicRecords> {
  const api = (path: string) => `${baseUrl}/api${path}`;
  const offers = await json(await anonymous.get(api('/offers')), z.object({ results: z.array(z.object({ id: z.number() })).min(1) }));
  const enterprises = await json(await anonymous.get(api('/enterprises')), z.object({ results: z.array(z.object({ slug: z.string() })).min(1) }));
  const enterpriseSlug = enterprises.results[0]!.slug;
  const enterprise = await json(
    await anonymous.get(api(`/enterprises/${enterpriseSlug}`)),
    z.object({ enterprise: z.object({ id: z.number() }), products: z.array(z.object({ id: z.number(), stock: z.number() })) }),
  );
  const product = enterprise.products.find((p) => p.stock > 0);
  if (!product) throw new Error(`${enterpriseSlug} has nothing in stock to order`);
  const order = await json(
    await anonymous.post(api('/orders'), {
      data: { enterpriseId: enterprise.enterprise.id, items: [{ productId: product.id, quantity: 1 }], buyerName: 'Ana Pérez', buyerPhone: '+50683124567', paymentMethod: 'cash' },
    }),
    z.object({ order: z.object({ publicId: z.string() }) }),
  );
  return { offerId: offers.results[0]!.id, enterpriseSlug, orderPublicId: order.order.publicId };
}

/** An assisted registration by the officer of Upala; twice gives the office a possible duplicate to review. */
async function registerAtOffice(officer: APIRequestContext, baseUrl: string): Promise<number> {
  const person = {
    displayName: 'María Elena Castillo',
    profile: { municipalityId: 1, birthDate: '1988-03-14', workAuthorization: 'refugee', gender: 'female', populationGroup: 'refugee', nationality: 'NI' },
    explanation: 'Le expliqué en voz alta qué datos guardamos, quién los ve y cómo borrarlos.',
    consentGiven: true,
  };
  return (await json(await officer.post(`${baseUrl}/api/office/people`, { data: person }), z.object({ id: z.number() }))).id;
}

/** The records every role's pages need: the public ones, and those of the demo employer, officer and vendor. */
export async function demoRecords(as: Record<Role, APIRequestContext>, baseUrl: string): Promise<DemoRecords> {
  const api = (path: string) => `${baseUrl}/api${path}`;
  const organisations = await json(await as.employer.get(api('/me/organizations')), z.object({ organisations: z.array(z.object({ id: z.number() })).min(1) }));
  const organisationId = organisations.organisations[0]!.id;
  const employerOffers = await json(await as.employer.get(api(`/organizations/${organisationId}/offers`)), idList('offers'));
  const pending = await json(await as.officer.get(api('/office/offers')), idList('offers'));
  const vendorEnterprises = await json(await as.vendor.get(api('/me/enterprises')), z.object({ enterprises: z.array(z.object({ id: z.number(), slug: z.string() })).min(1) }));
  const vendorEnterprise = vendorEnterprises.enterprises[0]!;
  const vendorProducts = await json(await as.vendor.get(api(`/enterprises/${vendorEnterprise.slug}`)), z.object({ products: z.array(z.object({ id: z.number() })).min(1) }));
  const [personId] = [await registerAtOffice(as.officer, baseUrl), await registerAtOffice(as.officer, baseUrl)];
  const duplicates = await json(await as.officer.get(api('/office/duplicates')), idList('duplicates'));

  return {
    ...(await publicRecords(as.anonymous, baseUrl)),
    organisationId,
    employerOfferId: (employerOffers.offers as { id: number }[])[0]!.id,
    pendingOfferId: (pending.offers as { id: number }[])[0]!.id,
    vendorEnterpriseSlug: vendorEnterprise.slug,
    vendorEnterpriseId: vendorEnterprise.id,
    vendorProductId: vendorProducts.products[0]!.id,
    personId: personId!,
    duplicateId: (duplicates.duplicates as { id: number }[])[0]!.id,
  };
}
