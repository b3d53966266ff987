import Stripe from 'stripe';
import {
  ConnectNotSupportedError,
  InvalidMoneyError,
  WebhookSignatureError,
  assertMinorUnits,
  checkoutIdempotencyKey,
  checkoutTotalMinor,
  connectAccountIdempotencyKey,
  connectSupported,
  CONNECT_SELF_SERVE_COUNTRIES,
  type CardPayments,
  type CheckoutSessionState,
  type PaymentEvent,
} from './port';

/** Stripe's documented default: an event older than this is refused (replay protection). */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

export interface StripePaymentsConfig {
  secretKey: string;
  webhookSecret: string;
  /** Only for tests: point the SDK at a local server (see ./testing/stripe-double.ts). */
  host?: string;
  port?: number;
  protocol?: 'http' | 'https';
  /** Countries where this platform may onboard vendors; default: Stripe's self-serve regions. */
  connectCountries?: readonly string[];
  /** Retries reuse our idempotency key, so a retried create never makes a second session. */
  maxNetworkRetries?: number;
}

/**
 * Card payments through Stripe Checkout, with Connect destination charges.
 *
 * Connected account and fee: destination charges (`payment_intent_data.transfer_data.destination`
 * + `payment_intent_data.application_fee_amount`), which is what Stripe recommends for Express
 * accounts: the session and its webhooks live on the platform account, so one endpoint and one
 * secret receive every order's events, and Stripe moves the amount minus our fee to the vendor.
 * (A direct charge with the `Stripe-Account` header would put sessions and events on each vendor's
 * account, needing Connect webhooks; cross-border payouts also rule direct charges out.)
 */
export function createStripePayments(config: StripePaymentsConfig): CardPayments {
  const stripe = new Stripe(config.secretKey, {
    // Pinned to the version this SDK release was generated for, so response shapes match its types.
    apiVersion: Stripe.API_VERSION,
    maxNetworkRetries: config.maxNetworkRetries ?? 2,
    ...(config.host !== undefined ? { host: config.host } : {}),
    ...(config.port !== undefined ? { port: config.port } : {}),
    ...(config.protocol !== undefined ? { protocol: config.protocol } : {}),
  });
  // Web Crypto exists on Node 20 and on Workers, so the same verification runs on both.
  const cryptoProvider = Stripe.createSubtleCryptoProvider();
  const connectCountries = config.connectCountries ?? CONNECT_SELF_SERVE_COUNTRIES;

  return {
    async createCheckoutSession(request) {
      const total = checkoutTotalMinor(request.lines);
      if (request.lines.length === 0) throw new InvalidMoneyError('a checkout needs at least one line');
      if (!/^[A-Za-z]{3}$/.test(request.currency)) throw new InvalidMoneyError(`bad currency ${request.currency}`);
      const fee = request.platformFeeMinor ?? 0;
      assertMinorUnits(fee, 'platform fee');
      if (fee > total) throw new InvalidMoneyError('the platform fee cannot exceed the order total');
      if (fee > 0 && request.connectedAccountId === undefined) {
        throw new InvalidMoneyError('a platform fee needs a connected account to take it from');
      }
      const orderId = String(request.orderId);
      const currency = request.currency.toLowerCase();

      const paymentIntentData: Stripe.Checkout.SessionCreateParams.PaymentIntentData = {
        metadata: { order_id: orderId },
      };
      if (request.connectedAccountId !== undefined) {
        paymentIntentData.transfer_data = { destination: request.connectedAccountId };
        if (fee > 0) paymentIntentData.application_fee_amount = fee;
      }

      const session = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: request.lines.map((line) => ({
            quantity: line.quantity,
            price_data: { currency, unit_amount: line.unitAmountMinor, product_data: { name: line.name } },
          })),
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
          client_reference_id: orderId,
          metadata: { order_id: orderId },
          payment_intent_data: paymentIntentData,
          ...(request.expiresAt !== undefined ? { expires_at: request.expiresAt } : {}),
        },
        { idempotencyKey: checkoutIdempotencyKey(request.orderId, request.attempt) },
      );
      if (session.url === null) throw new Error(`Stripe returned checkout session ${session.id} without a url`);
      return { sessionId: session.id, url: session.url };
    },

    async getCheckoutSession(sessionId) {
      return sessionState(await stripe.checkout.sessions.retrieve(sessionId));
    },

    async verifyWebhook(rawBody, signatureHeader, nowSeconds) {
      if (signatureHeader === undefined || signatureHeader === '') {
        throw new WebhookSignatureError('missing Stripe-Signature header');
      }
      let event: Stripe.Event;
      try {
        event = await stripe.webhooks.constructEventAsync(
          rawBody,
          signatureHeader,
          config.webhookSecret,
          WEBHOOK_TOLERANCE_SECONDS,
          cryptoProvider,
          // The SDK takes "received at" in milliseconds.
          nowSeconds === undefined ? undefined : nowSeconds * 1000,
        );
      } catch (error) {
        // Bad signature, stale timestamp, or a signed body that is not an event: all a 400, no effect.
        throw new WebhookSignatureError(error instanceof Error ? error.message : 'invalid webhook', { cause: error });
      }
      return paymentEventFrom(event);
    },

    async createConnectAccount(request) {
      if (!connectSupported(request.country, connectCountries)) throw new ConnectNotSupportedError(request.country);
      const account = await stripe.accounts.create(
        {
          type: 'express',
          country: request.country.toUpperCase(),
          ...(request.email !== undefined ? { email: request.email } : {}),
          capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
          metadata: { vendor_id: String(request.vendorId) },
        },
        { idempotencyKey: connectAccountIdempotencyKey(request.vendorId) },
      );
      return { accountId: account.id };
    },

    async onboardingLink(request) {
      const link = await stripe.accountLinks.create({
        account: request.accountId,
        type: 'account_onboarding',
        refresh_url: request.refreshUrl,
        return_url: request.returnUrl,
      });
      return { url: link.url, expiresAt: link.expires_at };
    },

    connectSupported(country) {
      return connectSupported(country, connectCountries);
    },
  };
}

/** Stripe keeps our order id as a string in metadata; only a plain positive integer counts. */
function orderIdOf(session: Stripe.Checkout.Session): number | undefined {
  const raw = session.metadata?.['order_id'] ?? session.client_reference_id ?? undefined;
  if (raw === undefined || !/^[1-9][0-9]*$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | 'unknown' {
  return allowed.find((candidate) => candidate === value) ?? 'unknown';
}

function sessionState(session: Stripe.Checkout.Session): CheckoutSessionState {
  const status = oneOf(session.status, ['open', 'complete', 'expired'] as const);
  const paymentStatus = oneOf(session.payment_status, ['paid', 'unpaid', 'no_payment_required'] as const);
  const orderId = orderIdOf(session);
  return {
    sessionId: session.id,
    status,
    paymentStatus,
    ...(orderId !== undefined ? { orderId } : {}),
    // A signed event of another shape (no amount or currency) must not crash the webhook.
    ...(typeof session.amount_total === 'number' ? { amountTotalMinor: session.amount_total } : {}),
    ...(typeof session.currency === 'string' ? { currency: session.currency.toUpperCase() } : {}),
    ...(session.status === 'open' && session.url ? { url: session.url } : {}),
  };
}

/** Maps a verified Stripe event to what it means for an order. Exported for tests. */
export function paymentEventFrom(event: Stripe.Event): PaymentEvent {
  const base = { id: event.id, stripeType: event.type };
  const fromSession = (type: PaymentEvent['type'], session: Stripe.Checkout.Session): PaymentEvent => {
    const state = sessionState(session);
    return {
      ...base,
      type,
      sessionId: session.id,
      ...(state.orderId !== undefined ? { orderId: state.orderId } : {}),
      ...(state.amountTotalMinor !== undefined ? { amountTotalMinor: state.amountTotalMinor } : {}),
      ...(state.currency !== undefined ? { currency: state.currency } : {}),
    };
  };
  switch (event.type) {
    case 'checkout.session.completed': {
      // For delayed methods the session completes before the money arrives: wait for async_payment_*.
      const paid = event.data.object.payment_status === 'paid' || event.data.object.payment_status === 'no_payment_required';
      return fromSession(paid ? 'paid' : 'pending', event.data.object);
    }
    case 'checkout.session.async_payment_succeeded':
      return fromSession('paid', event.data.object);
    case 'checkout.session.async_payment_failed':
      return fromSession('payment_failed', event.data.object);
    case 'checkout.session.expired':
      return fromSession('expired', event.data.object);
    case 'account.updated':
      // Express onboarding finished (or Stripe paused the account): what counts is charges_enabled.
      return { ...base, type: 'account_updated', accountId: event.data.object.id, chargesEnabled: event.data.object.charges_enabled === true };
    default:
      return { ...base, type: 'ignored' };
  }
}
