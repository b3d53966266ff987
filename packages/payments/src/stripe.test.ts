import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { createStripePayments } from './stripe';
import { ConnectNotSupportedError, InvalidMoneyError, type CardPayments, type CheckoutRequest } from './port';
import { startStripeDouble, type StripeDouble } from './testing/stripe-double';
import { formGet, formString } from './testing/form';

let double: StripeDouble;
let payments: CardPayments;

beforeAll(async () => {
  double = await startStripeDouble();
  payments = createStripePayments({
    secretKey: 'sk_test_solidaria',
    webhookSecret: 'whsec_test_solidaria',
    host: double.host,
    port: double.port,
    protocol: 'http',
    // A test deployment that may onboard in Costa Rica (a negotiated agreement), to exercise the path.
    connectCountries: ['US', 'CR'],
  });
});
afterAll(() => double.close());
beforeEach(() => { double.requests.length = 0; });

let nextOrder = 1000;
function order(overrides: Partial<CheckoutRequest> = {}): CheckoutRequest {
  return {
    orderId: nextOrder++,
    lines: [
      { name: 'Tamales de cerdo', unitAmountMinor: 250000, quantity: 2 }, // ₡2 500,00 each
      { name: 'Café de Upala 250 g', unitAmountMinor: 400000, quantity: 1 },
    ],
    currency: 'CRC',
    successUrl: 'https://solidaria.example/pedidos/1/gracias',
    cancelUrl: 'https://solidaria.example/pedidos/1',
    ...overrides,
  };
}

describe('Checkout sessions through the Stripe SDK', () => {
  it('a double click makes one session: same idempotency key, same session back', async () => {
    const request = order();
    const first = await payments.createCheckoutSession(request);
    const second = await payments.createCheckoutSession(request);
    expect(second).toEqual(first);
    expect(first.sessionId).toMatch(/^cs_test_/);
    expect(first.url).toBe(`https://checkout.stripe.com/c/pay/${first.sessionId}`);
    const created = [...double.sessions.values()].filter((s) => s.params['client_reference_id'] === String(request.orderId));
    expect(created).toHaveLength(1);
    expect(double.requests.map((r) => r.idempotencyKey)).toEqual([`order-${request.orderId}-checkout-v1`, `order-${request.orderId}-checkout-v1`]);
    expect(double.requests.map((r) => r.replayed)).toEqual([false, true]);
  });

  it('two simultaneous clicks also make one session', async () => {
    const request = order();
    const results = await Promise.all([payments.createCheckoutSession(request), payments.createCheckoutSession(request)]);
    expect(new Set(results.map((r) => r.sessionId)).size).toBe(1);
  });

  it('a new attempt after expiry gets a new key and a new session', async () => {
    const request = order();
    const first = await payments.createCheckoutSession(request);
    double.expireSession(first.sessionId);
    const second = await payments.createCheckoutSession({ ...request, attempt: 2 });
    expect(second.sessionId).not.toBe(first.sessionId);
    expect(double.requests.at(-1)?.idempotencyKey).toBe(`order-${request.orderId}-checkout-v2`);
  });

  it('the same key with a changed cart is refused by Stripe rather than silently reusing the old session', async () => {
    const request = order();
    await payments.createCheckoutSession(request);
    await expect(payments.createCheckoutSession({ ...request, lines: [{ name: 'Otro', unitAmountMinor: 100, quantity: 1 }] }))
      .rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it('sends integer minor-unit prices, the order id in metadata and client_reference_id, and the pinned API version', async () => {
    const request = order();
    const { sessionId } = await payments.createCheckoutSession(request);
    const sent = double.requests[0]!;
    expect(sent.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(sent.headers['authorization']).toBe('Bearer sk_test_solidaria');
    expect(sent.headers['stripe-version']).toBe(Stripe.API_VERSION);
    expect(sent.rawBody).toContain('line_items[0][price_data][unit_amount]=250000&');
    expect(formString(sent.body, 'mode')).toBe('payment');
    expect(formString(sent.body, 'line_items', 0, 'price_data', 'currency')).toBe('crc');
    expect(formString(sent.body, 'line_items', 1, 'quantity')).toBe('1');
    expect(formString(sent.body, 'payment_intent_data', 'metadata', 'order_id')).toBe(String(request.orderId));

    const session = double.sessions.get(sessionId)!.object;
    expect(session['object']).toBe('checkout.session');
    expect(session['metadata']).toEqual({ order_id: String(request.orderId) });
    expect(session['client_reference_id']).toBe(String(request.orderId));
    expect(session['amount_total']).toBe(900000);
    expect(session['payment_status']).toBe('unpaid');
  });

  it('a vendor charge is a destination charge: transfer_data.destination and application_fee_amount, no Stripe-Account header', async () => {
    const { sessionId } = await payments.createCheckoutSession(order({ connectedAccountId: 'acct_vendor1', platformFeeMinor: 45000 }));
    const sent = double.requests[0]!;
    expect(formString(sent.body, 'payment_intent_data', 'transfer_data', 'destination')).toBe('acct_vendor1');
    expect(formString(sent.body, 'payment_intent_data', 'application_fee_amount')).toBe('45000');
    expect(sent.headers['stripe-account']).toBeUndefined();
    expect(double.sessions.get(sessionId)!.stripeAccount).toBeUndefined();
  });

  it('the platform fee defaults to 0 (not sent), and without a vendor account nothing is transferred', async () => {
    await payments.createCheckoutSession(order({ connectedAccountId: 'acct_vendor1' }));
    expect(formGet(double.requests[0]!.body, 'payment_intent_data', 'application_fee_amount')).toBeUndefined();
    await payments.createCheckoutSession(order());
    expect(formGet(double.requests[1]!.body, 'payment_intent_data', 'transfer_data')).toBeUndefined();
  });

  it('refuses float money, a fee without a vendor, or a fee above the total before calling Stripe', async () => {
    await expect(payments.createCheckoutSession(order({ lines: [{ name: 'x', unitAmountMinor: 2500.5, quantity: 1 }] }))).rejects.toBeInstanceOf(InvalidMoneyError);
    await expect(payments.createCheckoutSession(order({ platformFeeMinor: 100 }))).rejects.toBeInstanceOf(InvalidMoneyError);
    await expect(payments.createCheckoutSession(order({ connectedAccountId: 'acct_v', platformFeeMinor: 10_000_000 }))).rejects.toBeInstanceOf(InvalidMoneyError);
    expect(double.requests).toHaveLength(0);
  });

  it('passes expires_at, and Stripe’s 30 min – 24 h window is enforced', async () => {
    const now = Math.floor(Date.now() / 1000);
    const { sessionId } = await payments.createCheckoutSession(order({ expiresAt: now + 3600 }));
    expect(double.sessions.get(sessionId)!.object['expires_at']).toBe(now + 3600);
    await expect(payments.createCheckoutSession(order({ expiresAt: now + 60 }))).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  });

  it('reads a session back after the buyer paid', async () => {
    const request = order();
    const { sessionId } = await payments.createCheckoutSession(request);
    expect(await payments.getCheckoutSession(sessionId)).toMatchObject({ status: 'open', paymentStatus: 'unpaid', orderId: request.orderId });
    double.completeSession(sessionId);
    expect(await payments.getCheckoutSession(sessionId)).toEqual({
      sessionId, status: 'complete', paymentStatus: 'paid', orderId: request.orderId, amountTotalMinor: 900000, currency: 'CRC',
    });
    expect(double.requests.at(-1)).toMatchObject({ method: 'GET', path: `/v1/checkout/sessions/${sessionId}` });
  });
});

describe('Connect onboarding of vendors', () => {
  it('creates an Express account once per vendor and an onboarding link', async () => {
    const first = await payments.createConnectAccount({ vendorId: 7, country: 'CR', email: 'puesto7@example.org' });
    const again = await payments.createConnectAccount({ vendorId: 7, country: 'CR', email: 'puesto7@example.org' });
    expect(again.accountId).toBe(first.accountId);
    expect(first.accountId).toMatch(/^acct_/);
    const sent = double.requests[0]!;
    expect(sent.path).toBe('/v1/accounts');
    expect(sent.idempotencyKey).toBe('vendor-7-connect-account-v1');
    expect(formString(sent.body, 'type')).toBe('express');
    expect(formString(sent.body, 'country')).toBe('CR');
    expect(formString(sent.body, 'capabilities', 'card_payments', 'requested')).toBe('true');
    expect(formString(sent.body, 'capabilities', 'transfers', 'requested')).toBe('true');
    expect(formString(sent.body, 'metadata', 'vendor_id')).toBe('7');

    const link = await payments.onboardingLink({ accountId: first.accountId, refreshUrl: 'https://s.example/r', returnUrl: 'https://s.example/ok' });
    expect(link.url).toMatch(/^https:\/\/connect\.stripe\.com\//);
    expect(Number.isInteger(link.expiresAt)).toBe(true);
    expect(formString(double.requests.at(-1)!.body, 'type')).toBe('account_onboarding');
  });

  it('refuses a country where Connect does not onboard, without calling Stripe', async () => {
    await expect(payments.createConnectAccount({ vendorId: 8, country: 'HN' })).rejects.toBeInstanceOf(ConnectNotSupportedError);
    expect(payments.connectSupported('HN')).toBe(false);
    expect(double.requests).toHaveLength(0);
  });

  it('with the default list, none of the programme countries can onboard', () => {
    const defaults = createStripePayments({ secretKey: 'sk_test_x', webhookSecret: 'whsec_x' });
    expect(['CR', 'GT', 'HN', 'PA'].map((c) => defaults.connectSupported(c))).toEqual([false, false, false, false]);
  });
});
