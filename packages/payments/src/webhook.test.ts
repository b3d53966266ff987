import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import Stripe from 'stripe';
import { createStripePayments } from './stripe';
import { WebhookSignatureError, type CardPayments } from './port';
import { startStripeDouble, type StripeDouble } from './testing/stripe-double';

const webhookSecret = 'whsec_test_webhooks';
let double: StripeDouble;
let payments: CardPayments;
let sessionId: string;
const orderId = 77;

beforeAll(async () => {
  double = await startStripeDouble();
  payments = createStripePayments({ secretKey: 'sk_test_w', webhookSecret, host: double.host, port: double.port, protocol: 'http' });
  ({ sessionId } = await payments.createCheckoutSession({
    orderId,
    lines: [{ name: 'Pupusas', unitAmountMinor: 1500, quantity: 4 }],
    currency: 'GTQ',
    successUrl: 'https://s.example/ok',
    cancelUrl: 'https://s.example/no',
  }));
});
afterAll(() => double.close());

/** Signs with the SDK's own test helper, at a chosen time. */
function sign(rawBody: string, timestamp: number, secret = webhookSecret): string {
  return Stripe.webhooks.generateTestHeaderString({ payload: rawBody, secret, timestamp });
}

describe('verified webhook events', () => {
  it('checkout.session.completed and paid → paid, with the order id and what was charged', async () => {
    double.completeSession(sessionId, 'paid');
    const { rawBody, signature } = double.signedEvent('checkout.session.completed', sessionId, webhookSecret, { eventId: 'evt_paid_1' });
    expect(await payments.verifyWebhook(rawBody, signature)).toEqual({
      id: 'evt_paid_1', type: 'paid', stripeType: 'checkout.session.completed',
      orderId, sessionId, amountTotalMinor: 6000, currency: 'GTQ',
    });
  });

  it('completed but not yet paid (a delayed method) → pending; async_payment_succeeded → paid', async () => {
    double.completeSession(sessionId, 'unpaid');
    const completed = double.signedEvent('checkout.session.completed', sessionId, webhookSecret);
    expect((await payments.verifyWebhook(completed.rawBody, completed.signature)).type).toBe('pending');
    const succeeded = double.signedEvent('checkout.session.async_payment_succeeded', sessionId, webhookSecret);
    expect(await payments.verifyWebhook(succeeded.rawBody, succeeded.signature)).toMatchObject({ type: 'paid', orderId });
  });

  it('async_payment_failed and expired release stock for the order', async () => {
    const failed = double.signedEvent('checkout.session.async_payment_failed', sessionId, webhookSecret);
    expect(await payments.verifyWebhook(failed.rawBody, failed.signature)).toMatchObject({ type: 'payment_failed', orderId, sessionId });
    double.expireSession(sessionId);
    const expired = double.signedEvent('checkout.session.expired', sessionId, webhookSecret);
    expect(await payments.verifyWebhook(expired.rawBody, expired.signature)).toMatchObject({ type: 'expired', orderId, sessionId });
  });

  it('account.updated → account_updated with the account id and whether it may take charges', async () => {
    const { accountId } = await createStripePayments({ secretKey: 'sk_test_w', webhookSecret, host: double.host, port: double.port, protocol: 'http', connectCountries: ['US'] })
      .createConnectAccount({ vendorId: 5, country: 'US' });
    const before = double.signedAccountEvent(accountId, webhookSecret, { eventId: 'evt_acct_1' });
    expect(await payments.verifyWebhook(before.rawBody, before.signature)).toEqual({ id: 'evt_acct_1', type: 'account_updated', stripeType: 'account.updated', accountId, chargesEnabled: false });
    double.updateAccount(accountId, { charges_enabled: true, details_submitted: true });
    const after = double.signedAccountEvent(accountId, webhookSecret);
    expect(await payments.verifyWebhook(after.rawBody, after.signature)).toMatchObject({ type: 'account_updated', accountId, chargesEnabled: true });
  });

  it('an unknown event type is acknowledged as ignored, with its id', async () => {
    const rawBody = JSON.stringify({ id: 'evt_other', object: 'event', type: 'charge.refund.updated', created: 1, data: { object: { id: 're_1', object: 'refund' } } });
    const now = Math.floor(Date.now() / 1000);
    expect(await payments.verifyWebhook(rawBody, sign(rawBody, now))).toEqual({ id: 'evt_other', type: 'ignored', stripeType: 'charge.refund.updated' });
  });
});

describe('the check Workers can run', () => {
  it('verifies with the SDK’s SubtleCrypto provider (Web Crypto), not Node’s crypto module', async () => {
    const spy = vi.spyOn(Stripe, 'createSubtleCryptoProvider');
    const workerLike = createStripePayments({ secretKey: 'sk_test_w', webhookSecret });
    expect(spy).toHaveBeenCalledTimes(1);
    const provider = spy.mock.results[0]!.value as { computeHMACSignatureAsync: (payload: string, secret: string) => Promise<string> };
    const compute = vi.spyOn(provider, 'computeHMACSignatureAsync');
    const rawBody = double.eventPayload('checkout.session.expired', sessionId);
    await workerLike.verifyWebhook(rawBody, sign(rawBody, Math.floor(Date.now() / 1000)));
    expect(compute).toHaveBeenCalled();
    spy.mockRestore();
  });
});

describe('refused webhooks', () => {
  const now = 1_900_000_000;
  const event = () => double.eventPayload('checkout.session.completed', sessionId, 'evt_x');

  it('a signature made with another secret', async () => {
    const rawBody = event();
    await expect(payments.verifyWebhook(rawBody, sign(rawBody, now, 'whsec_attacker'), now)).rejects.toBeInstanceOf(WebhookSignatureError);
  });

  it('a body changed after signing', async () => {
    const rawBody = event();
    const signature = sign(rawBody, now);
    await expect(payments.verifyWebhook(rawBody.replace('"amount_total": 6000', '"amount_total": 1'), signature, now)).rejects.toBeInstanceOf(WebhookSignatureError);
  });

  it('a body parsed and re-serialised (the raw-body trap): only the bytes Stripe sent verify', async () => {
    const rawBody = event();
    const signature = sign(rawBody, now);
    await expect(payments.verifyWebhook(JSON.stringify(JSON.parse(rawBody)), signature, now)).rejects.toBeInstanceOf(WebhookSignatureError);
    await expect(payments.verifyWebhook(rawBody, signature, now)).resolves.toMatchObject({ id: 'evt_x' });
  });

  it('a missing or garbage Stripe-Signature header', async () => {
    await expect(payments.verifyWebhook(event(), undefined, now)).rejects.toBeInstanceOf(WebhookSignatureError);
    await expect(payments.verifyWebhook(event(), 'not-a-signature', now)).rejects.toBeInstanceOf(WebhookSignatureError);
  });

  it('an event signed 301 s ago is refused; 300 s is the last accepted second', async () => {
    const rawBody = event();
    await expect(payments.verifyWebhook(rawBody, sign(rawBody, now - 301), now)).rejects.toThrow(WebhookSignatureError);
    await expect(payments.verifyWebhook(rawBody, sign(rawBody, now - 300), now)).resolves.toMatchObject({ id: 'evt_x' });
  });
});
