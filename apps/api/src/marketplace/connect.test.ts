import { findEnterprise } from '@solidaria/db';
import { createStripePayments } from '@solidaria/payments';
import { startStripeDouble, type StripeDouble } from '@solidaria/payments/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn } from '../auth/testing-accounts';
import { createTestServices } from '../testing';
import { addProduct, listEnterprise, orderBody } from './testing-marketplace';

const WEBHOOK_SECRET = 'whsec_test_connect';
const FEE_BASIS_POINTS = 250; // 2.5 %
// A double per deployment: each test database numbers its orders from 1, and Stripe's idempotency keys would meet.
const doubles: StripeDouble[] = [];
afterAll(() => Promise.all(doubles.map((d) => d.close())));

/** A deployment with Stripe keys; `connectCountries` stands for an agreement with Stripe that covers Costa Rica. */
async function deployment(options: { connectCountries?: string[]; keys?: boolean } = {}) {
  const double = await startStripeDouble();
  doubles.push(double);
  const cardPayments = options.keys === false ? undefined : createStripePayments({
    secretKey: 'sk_test_connect', webhookSecret: WEBHOOK_SECRET, host: double.host, port: double.port, protocol: 'http',
    ...(options.connectCountries ? { connectCountries: options.connectCountries } : {}),
  });
  const services = createTestServices({ ...(cardPayments ? { cardPayments } : {}), platformFeeBasisPoints: FEE_BASIS_POINTS });
  const app = createApp(services);
  await services.search.applySettings();
  const vendor = await signIn(app, services, await addPerson(services, 'puesto@example.org', [{ role: 'vendor', municipalityId: null }]));
  const other = await signIn(app, services, await addPerson(services, 'otro-puesto@example.org', [{ role: 'vendor', municipalityId: null }]));
  // Without keys an enterprise cannot take cards (409); it can still ask about onboarding.
  const enterprise = await listEnterprise(app, vendor, { name: 'Hamacas de Upala', paymentMethods: cardPayments ? ['cash', 'card'] : ['cash'], email: 'hamacas@example.org' });
  const stateOf = async (cookie = vendor) => (await app.request(`/api/enterprises/${enterprise.id}/stripe`, { headers: { cookie } })).json() as Promise<{ card: string; country: string; offlineMethods: string[] }>;
  const onboard = (cookie?: string) => app.request(`/api/enterprises/${enterprise.id}/stripe/onboarding`, { method: 'POST', headers: cookie ? { cookie } : {} });
  const deliver = ({ rawBody, signature }: { rawBody: string; signature: string }) =>
    app.request('/api/payments/stripe/webhook', { method: 'POST', body: rawBody, headers: { 'content-type': 'application/json', 'stripe-signature': signature } });
  return { double, services, app, vendor, other, enterprise, stateOf, onboard, deliver };
}

describe('Stripe Connect onboarding of an enterprise', () => {
  it('makes one Express account in the municipality’s country and answers a fresh onboarding link each time', async () => {
    const { double, services, vendor, enterprise, stateOf, onboard } = await deployment({ connectCountries: ['CR'] });
    expect(await stateOf()).toEqual({ card: 'not_started', country: 'CR', offlineMethods: ['cash', 'sinpe_movil', 'bank_transfer'] });

    const [first, second] = await Promise.all([onboard(vendor), onboard(vendor)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const links = (await Promise.all([first.json(), second.json()])) as { url: string }[];
    for (const { url } of links) expect(url).toMatch(/^https:\/\/connect\.stripe\.com\/setup\//);

    const accountCalls = double.requests.filter((r) => r.path === '/v1/accounts');
    expect(accountCalls[0]?.body).toMatchObject({ type: 'express', country: 'CR', email: 'hamacas@example.org', capabilities: { card_payments: { requested: 'true' }, transfers: { requested: 'true' } } });
    // Two clicks at once: the same idempotency key, so Stripe made one account.
    expect(new Set(accountCalls.map((r) => r.idempotencyKey))).toEqual(new Set([`vendor-${enterprise.id}-connect-account-v1`]));
    expect(double.accounts.size).toBe(1);
    const accountId = [...double.accounts.keys()][0]!;
    expect((await findEnterprise(services.db, { id: enterprise.id }))?.stripeAccountId).toBe(accountId);
    const linkCalls = double.requests.filter((r) => r.path === '/v1/account_links');
    expect(linkCalls[0]?.body).toMatchObject({
      account: accountId, type: 'account_onboarding',
      return_url: `https://solidaria.test/vendor/enterprises/${enterprise.slug}/payments?returned`,
      refresh_url: `https://solidaria.test/vendor/enterprises/${enterprise.slug}/payments?expired`,
    });

    // Back later (the link expired): no second account.
    double.requests.length = 0;
    expect((await onboard(vendor)).status).toBe(200);
    expect(double.requests.map((r) => r.path)).toEqual(['/v1/account_links']);
    expect(await stateOf()).toMatchObject({ card: 'onboarding' });
  });

  it('is for the enterprise’s own vendors only', async () => {
    const { double, other, stateOf, onboard } = await deployment({ connectCountries: ['CR'] });
    expect((await onboard()).status).toBe(401);
    expect((await onboard(other)).status).toBe(403);
    expect(double.requests).toHaveLength(0);
    expect(await stateOf()).toMatchObject({ card: 'not_started' });
  });

  it('refuses with 409, without calling Stripe, where Stripe does not onboard (none of CR, GT, HN, PA) or has no keys', async () => {
    const standard = await deployment();
    expect(await standard.stateOf()).toMatchObject({ card: 'country_not_supported', country: 'CR' });
    const refused = await standard.onboard(standard.vendor);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('CR') });

    const keyless = await deployment({ keys: false });
    expect(await keyless.stateOf()).toMatchObject({ card: 'no_keys' });
    expect((await keyless.onboard(keyless.vendor)).status).toBe(409);
    expect(standard.double.requests).toHaveLength(0);
  });

  it('account.updated turns card charges on (and off) for the enterprise, once per event', async () => {
    const { double, services, vendor, enterprise, stateOf, onboard, deliver } = await deployment({ connectCountries: ['CR'] });
    await onboard(vendor);
    const accountId = (await findEnterprise(services.db, { id: enterprise.id }))!.stripeAccountId!;
    double.updateAccount(accountId, { charges_enabled: true, details_submitted: true, payouts_enabled: true });
    const enabled = double.signedAccountEvent(accountId, WEBHOOK_SECRET, { eventId: 'evt_account_ready' });
    const answers = await Promise.all([deliver(enabled), deliver(enabled), deliver(enabled)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await stateOf()).toMatchObject({ card: 'ready' });

    double.updateAccount(accountId, { charges_enabled: false });
    expect((await deliver(double.signedAccountEvent(accountId, WEBHOOK_SECRET))).status).toBe(200);
    expect(await stateOf()).toMatchObject({ card: 'onboarding' });

    // A forged event changes nothing.
    double.updateAccount(accountId, { charges_enabled: true });
    expect((await deliver(double.signedAccountEvent(accountId, 'whsec_not_ours'))).status).toBe(400);
    expect((await findEnterprise(services.db, { id: enterprise.id }))?.stripeChargesEnabled).toBe(false);
  });
});

describe('Checkout for an enterprise with a Connect account', () => {
  async function cardOrderCheckout(d: Awaited<ReturnType<typeof deployment>>, priceMinor: number) {
    const product = await addProduct(d.app, d.vendor, d.enterprise.id, { name: 'Hamaca doble', priceMinor, stock: 5 });
    const created = await postJson(d.app, '/api/orders', orderBody(d.enterprise.id, product, 2, { paymentMethod: 'card' }));
    const { order } = (await created.json()) as { order: { publicId: string } };
    const { double } = d;
    double.requests.length = 0;
    const res = await d.app.request(`/api/orders/${order.publicId}/checkout`, { method: 'POST' });
    expect(res.status).toBe(200);
    return double.requests.find((r) => r.path === '/v1/checkout/sessions')!;
  }

  it('charges to the vendor’s account when it may take charges (destination charge) with the platform fee', async () => {
    const d = await deployment({ connectCountries: ['CR'] });
    await d.onboard(d.vendor);
    const accountId = (await findEnterprise(d.services.db, { id: d.enterprise.id }))!.stripeAccountId!;
    d.double.updateAccount(accountId, { charges_enabled: true });
    await d.deliver(d.double.signedAccountEvent(accountId, WEBHOOK_SECRET));

    const sent = await cardOrderCheckout(d, 12_345_67); // 2 × ₡12 345,67 = 2 469 134 minor units
    expect(sent.body['payment_intent_data']).toMatchObject({
      transfer_data: { destination: accountId },
      application_fee_amount: '61728', // 2.5 % of 2 469 134 = 61 728.35, rounded down
    });
    expect(sent.headers['stripe-account']).toBeUndefined();
  });

  it('keeps the charge on the platform account while the vendor’s onboarding is unfinished', async () => {
    const d = await deployment({ connectCountries: ['CR'] });
    await d.onboard(d.vendor);
    const sent = await cardOrderCheckout(d, 5_000_00);
    expect(sent.body['payment_intent_data']).toEqual({ metadata: { order_id: expect.any(String) } });
  });
});
