import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RoleGrant } from '@solidaria/core';
import { schema, type UserRow } from '@solidaria/db';
import { createStripePayments } from '@solidaria/payments';
import { startStripeDouble, type StripeDouble } from '@solidaria/payments/testing';
import { desc, eq } from 'drizzle-orm';
import { createApp } from '../../apps/api/src/app';
import { addPerson, postJson, signIn, TEST_PASSWORD } from '../../apps/api/src/auth/testing-accounts';
import { addProduct, listEnterprise, orderBody } from '../../apps/api/src/marketplace/testing-marketplace';
import { freshCedulaJuridica, honestOffer, jsonRequest, UPALA } from '../../apps/api/src/offers/testing-offers';
import { createTestServices, fakeClock } from '../../apps/api/src/testing';
import { silentLogger } from '../../apps/api/src/logger';
import { filePhotoStore } from '../../apps/api/src/uploads/photo-store';

// One of each kind of caller, each with what its routes act on, so most fuzzed requests
// get past authorization to the code that reads the body.
export const ACTORS = ['anonymous', 'seeker', 'employer', 'vendor', 'officer', 'admin'] as const;
export type ActorName = (typeof ACTORS)[number];

const GRANTS: Record<Exclude<ActorName, 'anonymous'>, RoleGrant[]> = {
  seeker: [{ role: 'seeker', municipalityId: null }],
  employer: [{ role: 'employer', municipalityId: null }],
  vendor: [{ role: 'vendor', municipalityId: null }],
  officer: [{ role: 'officer', municipalityId: UPALA }],
  admin: [{ role: 'admin', municipalityId: null }],
};

export const WEBHOOK_SECRET = 'whsec_fuzz_solidaria';
const PROFILE = { municipalityId: UPALA, birthDate: '1990-05-01', workAuthorization: 'refugee', skills: [{ customLabel: 'hacer tortillas', level: 'expert' }], headline: 'Cocinera con diez años de experiencia', workHistory: [{ title: 'Cocinera', employer: 'Soda El Parque', months: 24, formal: false }] };

export type App = ReturnType<typeof createApp>;
export type FuzzFixture = Awaited<ReturnType<typeof buildFuzzFixture>>;

export async function buildFuzzFixture() {
  const stripe: StripeDouble = await startStripeDouble();
  const errors: string[] = [];
  const services = createTestServices({
    logger: { ...silentLogger, error: (fields) => void errors.push(String((fields.err as Error | undefined)?.stack ?? JSON.stringify(fields))) },
    // Moved only by the TOTP step of a sign-in, never during fuzzing; it starts at the
    // real time because the Stripe double checks a Checkout session's expiry against it.
    clock: fakeClock(new Date()),
    photos: filePhotoStore(mkdtempSync(join(tmpdir(), 'solidaria-fuzz-'))),
    cardPayments: createStripePayments({ secretKey: 'sk_test_fuzz', webhookSecret: WEBHOOK_SECRET, host: stripe.host, port: stripe.port, protocol: 'http' }),
  });
  const app = createApp(services);
  await services.search.applySettings();

  const people = new Map<ActorName, UserRow>();
  for (const [name, grants] of Object.entries(GRANTS)) people.set(name as ActorName, await addPerson(services, `${name}@example.org`, grants, UPALA));
  const cookies = new Map<ActorName, string>();
  const cookieOf = async (actor: ActorName) => {
    if (actor === 'anonymous') return '';
    if (!cookies.has(actor)) cookies.set(actor, await signIn(app, services, people.get(actor)!));
    return cookies.get(actor)!;
  };

  const employer = await cookieOf('employer');
  const organisation = async () =>
    ((await (await postJson(app, '/api/organizations', { name: 'Soda La Amistad', sector: 'food_service', municipalityId: UPALA, taxId: freshCedulaJuridica(), contactEmail: 'soda@example.org' }, { cookie: employer })).json()) as { organisation: { id: number } }).organisation.id;
  const verifiedOrg = await organisation();
  const toVerifyOrg = await organisation();
  await services.db.orm.update(schema.organisations).set({ createdAt: new Date('2025-01-01T00:00:00Z') }).where(eq(schema.organisations.id, verifiedOrg));
  await postJson(app, `/api/organizations/${verifiedOrg}/verification`, { decision: 'verified', reason: 'Registry checked' }, { cookie: await cookieOf('officer') });
  const offer = async (submit: boolean, extra = {}) => {
    const res = await jsonRequest(app, 'POST', '/api/offers', { ...honestOffer(extra), organisationId: verifiedOrg }, employer);
    const id = ((await res.json()) as { offer: { id: number } }).offer.id;
    if (submit) await app.request(`/api/offers/${id}/submit`, { method: 'POST', headers: { cookie: employer } });
    return id;
  };
  const draftOffer = await offer(false);
  const publishedOffer = await offer(true);
  const pendingOffer = await offer(true, { salary: { kind: 'to_agree' } });

  const seeker = await cookieOf('seeker');
  await app.request('/api/me/profile', { method: 'PUT', body: JSON.stringify(PROFILE), headers: { cookie: seeker, 'content-type': 'application/json' } });
  // Employers may ask only someone who agreed to be contacted.
  await postJson(app, '/api/me/consents', { purpose: 'contact_by_employers', granted: true }, { cookie: seeker });
  const applied = await postJson(app, `/api/offers/${publishedOffer}/applications`, { shareContact: false }, { cookie: seeker });
  const application = ((await applied.json()) as { application: { id: number } }).application.id;
  const seekerId = people.get('seeker')!.id;
  const asked = await postJson(app, `/api/profiles/${seekerId}/contact-requests`, { organisationId: verifiedOrg }, { cookie: employer });
  const contactRequest = ((await asked.json()) as { id: number }).id;
  // Someone the admin and the office act on, so the seeker the others use stays as it is.
  const other = await addPerson(services, 'otra@example.org', GRANTS.seeker, UPALA);
  const otherCookie = await signIn(app, services, other);
  await app.request('/api/me/profile', { method: 'PUT', body: JSON.stringify(PROFILE), headers: { cookie: otherCookie, 'content-type': 'application/json' } });
  await postJson(app, '/api/me/consents', { purpose: 'contact_by_employers', granted: true }, { cookie: otherCookie });

  const vendor = await cookieOf('vendor');
  const stall = await listEnterprise(app, vendor, { paymentMethods: ['cash', 'sinpe_movil', 'card'] });
  const product = await addProduct(app, vendor, stall.id, { stock: null });
  const newOrder = async (paymentMethod: string) =>
    ((await (await postJson(app, '/api/orders', orderBody(stall.id, product, 1, { paymentMethod }))).json()) as { order: { publicId: string } }).order.publicId;
  const order = await newOrder('cash');
  // A placement the office recorded, for its follow-ups.
  await postJson(app, '/api/placements', { employerName: 'Finca vecina', municipalityId: UPALA, startsOn: '2026-06-01' }, { cookie: await cookieOf('officer') });
  const [placement] = await services.db.orm.select({ id: schema.placements.id }).from(schema.placements).orderBy(desc(schema.placements.id)).limit(1);
  const cardOrder = await newOrder('card');
  // Its Checkout session exists, so signed webhook events can name a real one.
  await app.request(`/api/orders/${cardOrder}/checkout`, { method: 'POST' });

  /** The record each route's path parameter names, for the actor allowed to act on it. */
  const ids: Record<string, string> = {
    '/api/admin/users/{id}/roles': String(other.id),
    '/api/admin/users/{id}/disable': String(other.id),
    '/api/office/users/{id}/password-reset': String(other.id),
    '/api/organizations/{id}/verification': String(toVerifyOrg),
    '/api/organizations/{id}/members': String(verifiedOrg),
    '/api/offers/{id}': String(draftOffer),
    '/api/offers/{id}/submit': String(draftOffer),
    '/api/offers/{id}/close': String(publishedOffer),
    '/api/offers/{id}/review': String(pendingOffer),
    '/api/offers/{id}/reports': String(publishedOffer),
    '/api/offers/{id}/applications': String(publishedOffer),
    '/api/applications/{id}/transitions': String(application),
    '/api/applications/{id}/contact': String(application),
    '/api/profiles/{id}/contact-requests': String(other.id),
    '/api/contact-requests/{id}/answer': String(contactRequest),
    '/api/enterprises/{id}/products': String(stall.id),
    '/api/orders/{id}/transitions': order,
    '/api/orders/{id}/checkout': cardOrder,
    '/api/enterprises/{id}': String(stall.id),
    '/api/enterprises/{id}/programme-request': String(stall.id),
    '/api/enterprises/{id}/programme': String(stall.id),
    '/api/enterprises/{id}/stripe/onboarding': String(stall.id),
    '/api/enterprises/{id}/market-days/{dayId}#id': String(stall.id),
    '/api/products/{id}': String(product),
    '/api/office/people/{id}/takeover-code': String(other.id),
    '/api/placements/{id}/follow-ups': String(placement!.id),
  };

  /** Who may call each route; a route missing here gets the caller its path suggests (see callerByPath). */
  const actorFor: Record<string, ActorName> = {
    'POST /api/auth/register': 'anonymous', 'POST /api/auth/login': 'anonymous', 'POST /api/auth/totp': 'anonymous',
    'POST /api/auth/password-reset': 'anonymous', 'POST /api/auth/password-reset/confirm': 'anonymous',
    'POST /api/auth/logout': 'seeker', 'POST /api/auth/logout-all': 'seeker', 'DELETE /api/me': 'seeker', 'POST /api/me/password': 'seeker',
    'POST /api/admin/users/{id}/roles': 'admin', 'POST /api/admin/users/{id}/disable': 'admin', 'POST /api/office/users/{id}/password-reset': 'officer',
    'PUT /api/me/profile': 'seeker', 'PUT /api/me/profile/visibility': 'seeker', 'POST /api/me/consents': 'seeker',
    'POST /api/organizations': 'employer', 'POST /api/organizations/{id}/verification': 'officer', 'POST /api/organizations/{id}/members': 'employer',
    'POST /api/offers/screening': 'employer', 'POST /api/offers': 'employer', 'PATCH /api/offers/{id}': 'employer', 'POST /api/offers/{id}/submit': 'employer',
    'POST /api/offers/{id}/close': 'employer', 'POST /api/offers/{id}/review': 'officer', 'POST /api/offers/{id}/reports': 'anonymous',
    'POST /api/offers/{id}/applications': 'seeker', 'POST /api/applications/{id}/transitions': 'employer', 'POST /api/applications/{id}/contact': 'seeker',
    'POST /api/profiles/{id}/contact-requests': 'employer', 'POST /api/contact-requests/{id}/answer': 'seeker', 'POST /api/placements': 'officer',
    'POST /api/enterprises': 'vendor', 'POST /api/enterprises/{id}/products': 'vendor', 'POST /api/orders': 'anonymous',
    'POST /api/orders/{id}/transitions': 'vendor', 'POST /api/orders/{id}/checkout': 'anonymous', 'POST /api/payments/stripe/webhook': 'anonymous',
    'POST /api/uploads': 'vendor',
  };

  /** A body each route accepts, for mutating one field at a time. Passwords are wrong on purpose. */
  const examples: Record<string, Record<string, unknown>> = {
    'POST /api/auth/register': { identifier: 'nueva@example.org', password: 'tortillas-y-frijoles', displayName: 'Nueva', language: 'es', purposes: ['seeker'] },
    // Nobody's address: failed sign-ins to a fixture account would lock it out.
    'POST /api/auth/login': { identifier: 'nadie@example.org', password: 'not-the-password' },
    'POST /api/auth/totp': { code: '123456' },
    'POST /api/auth/password-reset': { identifier: 'nadie@example.org' },
    'POST /api/auth/password-reset/confirm': { token: 'not-a-real-token-at-all', password: 'tortillas-y-frijoles' },
    'DELETE /api/me': { password: 'not-my-password' },
    'POST /api/me/password': { currentPassword: 'not-mine', newPassword: 'tortillas-y-frijoles' },
    'POST /api/admin/users/{id}/roles': { grant: [{ role: 'vendor' }] },
    'PUT /api/me/profile': PROFILE,
    'PUT /api/me/profile/visibility': { visibility: 'anonymous' },
    'POST /api/me/consents': { purpose: 'contact_by_employers', granted: true },
    'POST /api/organizations': { name: 'Soda La Amistad', sector: 'food_service', municipalityId: UPALA, taxId: '3-101-999999', contactEmail: 'soda@example.org' },
    'POST /api/organizations/{id}/verification': { decision: 'verified', reason: 'Registry checked' },
    'POST /api/organizations/{id}/members': { identifier: 'seeker@example.org' },
    'POST /api/offers/screening': { municipalityId: UPALA, title: 'Cocinero', description: 'Se cobra inscripción de ₡5000' },
    'POST /api/offers': { ...honestOffer(), organisationId: verifiedOrg },
    'PATCH /api/offers/{id}': { vacancies: 3, title: 'Ayudante de cocina' },
    'POST /api/offers/{id}/close': { filled: false },
    'POST /api/offers/{id}/review': { decision: 'publish', reason: 'Pay confirmed' },
    'POST /api/offers/{id}/reports': { reason: 'fake' },
    'POST /api/offers/{id}/applications': { shareContact: false },
    'POST /api/applications/{id}/transitions': { to: 'shortlisted' },
    'POST /api/applications/{id}/contact': { share: true },
    'POST /api/profiles/{id}/contact-requests': { organisationId: verifiedOrg },
    'POST /api/contact-requests/{id}/answer': { answer: 'accept' },
    'POST /api/placements': { employerName: 'Finca vecina', municipalityId: UPALA, startsOn: '2026-11-20' },
    'POST /api/enterprises': { name: 'Costurería La Aguja', category: 'clothing', municipalityId: UPALA, phone: '+50624601234', paymentMethods: ['cash'], description: 'Arreglos de ropa' },
    'POST /api/enterprises/{id}/products': { name: 'Rosquillas', category: 'food', priceMinor: 1_000_00, stock: 5, description: 'Rosquillas de maíz' },
    'POST /api/orders': orderBody(stall.id, product),
    'POST /api/orders/{id}/transitions': { to: 'paid' },
    'PATCH /api/enterprises/{id}': { description: 'Tortillas y rosquillas', pickupPoint: 'Puesto 5' },
    'PATCH /api/products/{id}': { name: 'Rosquillas de maíz', priceMinor: 1_200_00, stock: 4 },
    'POST /api/enterprises/{id}/programme': { decision: 'join', reason: 'Visited the stall' },
    'POST /api/office/people': { displayName: 'Persona Asistida', language: 'es', profile: PROFILE, explanation: 'Se explicó quién ve sus datos y cómo borrarlos.', consentGiven: true },
    'POST /api/auth/takeover': { code: 'ABCD-EFGH-JKLM', identifier: 'propia@example.org', password: 'tortillas-y-frijoles' },
    'POST /api/placements/{id}/follow-ups': { months: 1, stillEmployed: true, note: 'Sigue en la finca' },
    'POST /api/office/duplicates/{id}/decision': { decision: 'different_people', reason: 'Different birth dates' },
  };

  /** The caller a route not listed above most likely needs, by the start of its path. */
  const callerByPath = (path: string): ActorName | undefined =>
    [['/api/office/', 'officer'], ['/api/stats', 'officer'], ['/api/admin/', 'admin'], ['/api/auth/', 'anonymous'], ['/api/me', 'seeker'], ['/api/placements', 'officer'], ['/api/enterprises', 'vendor'], ['/api/products', 'vendor'], ['/api/organizations', 'employer'], ['/api/offers', 'employer']].find(([prefix]) => path.startsWith(prefix!))?.[1] as ActorName | undefined;

  /** Signs in again whoever a fuzzed logout or password change signed out. */
  async function liveCookie(actor: ActorName): Promise<string> {
    const cookie = await cookieOf(actor);
    if (!cookie) return '';
    const me = await app.request('/api/me', { headers: { cookie } });
    if (me.status === 200) return cookie;
    cookies.delete(actor);
    const fresh = await cookieOf(actor);
    // Touch the new session now, so the first fuzzed request does not write lastSeenAt.
    await app.request('/api/me', { headers: { cookie: fresh } });
    return fresh;
  }

  /** The Checkout sessions made so far, for signed webhook events about them. */
  const checkoutSessionIds = () => [...stripe.sessions.keys(), 'cs_test_unknown'];

  return { app, services, stripe, errors, checkoutSessionIds, ids, actorFor, callerByPath, examples, liveCookie, password: TEST_PASSWORD };
}
