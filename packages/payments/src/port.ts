/**
 * The payment port: what the app may ask of a payment provider, with no provider in it.
 *
 * Money is always an integer in the currency's minor unit (céntimos, centavos, cents);
 * nothing here accepts or returns a floating-point amount.
 */

/** The same values as `paymentMethods` in @solidaria/core (kept here so the package stands alone). */
export type PaymentMethod = 'cash' | 'sinpe_movil' | 'bank_transfer' | 'card';

/** The programme's countries (ISO 3166-1 alpha-2). Functions below accept any code. */
export type ProgrammeCountry = 'CR' | 'GT' | 'HN' | 'PA';

/**
 * Methods that need no provider: the vendor marks the order paid by hand.
 * SINPE Móvil is the Costa Rican central bank's phone-number transfer, so only in CR.
 */
export function offlineMethods(country: string): PaymentMethod[] {
  return country.toUpperCase() === 'CR'
    ? ['cash', 'sinpe_movil', 'bank_transfer']
    : ['cash', 'bank_transfer'];
}

/**
 * Where Stripe Connect can onboard a vendor (a connected account) self-serve.
 *
 * What Stripe's docs say (checked 2026, docs.stripe.com/connect/cross-border-payouts, section
 * "Availability"): "Platforms based in the US, UK, EEA, Canada, or Switzerland can transfer funds to
 * connected accounts in any of those regions [...] Stripe doesn't support self-serve cross-border
 * payouts to countries outside the listed regions. Contact sales to discuss alternatives, or use
 * Global Payouts." Stripe accounts themselves are not offered in Costa Rica, Guatemala, Honduras or
 * Panama (stripe.com/global lists none of them). Global Payouts (docs.stripe.com/global-payouts)
 * sends money to bank accounts in more countries (Honduras was added 2026-05-27 per the changelog)
 * but those are payout recipients, not Connect accounts a Checkout charge can go to.
 *
 * So: CR, GT, HN and PA → false. The offline path is the main one; a deployment that has agreed
 * something else with Stripe's sales team passes its own list.
 */
export const CONNECT_SELF_SERVE_COUNTRIES: readonly string[] = [
  'US', 'GB', 'CA', 'CH',
  // EEA
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV',
  'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
];

export function connectSupported(
  country: string,
  supported: readonly string[] = CONNECT_SELF_SERVE_COUNTRIES,
): boolean {
  return supported.includes(country.toUpperCase());
}

/** Methods a vendor in `country` can offer: offline always, card only if Connect onboarded them. */
export function availableMethods(country: string, vendorHasCardAccount: boolean): PaymentMethod[] {
  return vendorHasCardAccount ? [...offlineMethods(country), 'card'] : offlineMethods(country);
}

export interface CheckoutLine {
  name: string;
  /** Price of one unit, integer minor units. */
  unitAmountMinor: number;
  quantity: number;
}

export interface CheckoutRequest {
  orderId: number;
  lines: CheckoutLine[];
  /** ISO 4217, e.g. 'CRC'. Sent to Stripe lower-cased. */
  currency: string;
  successUrl: string;
  cancelUrl: string;
  /** The vendor's Connect account (acct_…). Without it the charge stays on the platform account. */
  connectedAccountId?: string;
  /** The platform's cut in minor units; default 0. Only with a connected account. */
  platformFeeMinor?: number;
  /** Unix seconds; Stripe accepts 30 minutes to 24 hours after creation (default 24 h). */
  expiresAt?: number;
  /**
   * Bump after a session expired and the buyer tries again: a new idempotency key, a new session.
   * Default 1. Stripe keeps idempotency keys at least 24 h, the longest a session lives.
   */
  attempt?: number;
}

export interface CheckoutSession {
  sessionId: string;
  /** Where to redirect the buyer (Stripe-hosted page). */
  url: string;
}

export interface CheckoutSessionState {
  sessionId: string;
  orderId?: number;
  status: 'open' | 'complete' | 'expired' | 'unknown';
  paymentStatus: 'paid' | 'unpaid' | 'no_payment_required' | 'unknown';
  amountTotalMinor?: number;
  currency?: string;
  /** Where the buyer pays, while the session is open. */
  url?: string;
}

/**
 * What a verified webhook means for an order.
 * - `paid`: mark the order paid (checkout.session.completed with payment_status paid, or
 *   checkout.session.async_payment_succeeded).
 * - `pending`: checkout.session.completed for a delayed method, not yet paid: no effect, wait.
 * - `payment_failed` / `expired`: release the reserved stock, the order stays unpaid/cancelled.
 * - `account_updated`: a vendor's connected account changed (account.updated): store whether it
 *   may take charges now (`accountId`, `chargesEnabled`).
 * - `ignored`: any other event; acknowledge (2xx) and do nothing.
 * `id` is Stripe's event id (evt_…): store it so each event is applied once.
 */
export type PaymentEventType = 'paid' | 'pending' | 'payment_failed' | 'expired' | 'account_updated' | 'ignored';

export interface PaymentEvent {
  id: string;
  type: PaymentEventType;
  /** Stripe's own event type, for the log and the payment-events table. */
  stripeType: string;
  orderId?: number;
  sessionId?: string;
  /** What the session charged; compare with the order total before marking it paid. */
  amountTotalMinor?: number;
  currency?: string;
  /** For `account_updated`: the connected account (acct_…) and whether it can take card charges now. */
  accountId?: string;
  chargesEnabled?: boolean;
}

export interface ConnectAccountRequest {
  /** Our id for the vendor or enterprise; also makes the idempotency key. */
  vendorId: number;
  country: string;
  email?: string;
}

export interface OnboardingLinkRequest {
  accountId: string;
  /** Where Stripe sends the vendor if the link expired: should make a new link. */
  refreshUrl: string;
  returnUrl: string;
}

export interface CardPayments {
  createCheckoutSession(request: CheckoutRequest): Promise<CheckoutSession>;
  getCheckoutSession(sessionId: string): Promise<CheckoutSessionState>;
  /**
   * Verifies the signature on the RAW request body (before any JSON parsing) and maps the event.
   * Throws WebhookSignatureError for a missing/bad signature or an event older than 300 s.
   */
  verifyWebhook(rawBody: string, signatureHeader: string | undefined, nowSeconds?: number): Promise<PaymentEvent>;
  /** Throws ConnectNotSupportedError, without calling Stripe, where Connect cannot onboard. */
  createConnectAccount(request: ConnectAccountRequest): Promise<{ accountId: string }>;
  onboardingLink(request: OnboardingLinkRequest): Promise<{ url: string; expiresAt: number }>;
  connectSupported(country: string): boolean;
}

export class WebhookSignatureError extends Error {
  override readonly name = 'WebhookSignatureError';
}

export class ConnectNotSupportedError extends Error {
  override readonly name = 'ConnectNotSupportedError';
  constructor(readonly country: string) {
    super(`Stripe Connect does not onboard accounts in ${country}; use the offline payment methods`);
  }
}

export class InvalidMoneyError extends Error {
  override readonly name = 'InvalidMoneyError';
}

/** Our idempotency key for an order's checkout: a double click makes one session. */
export function checkoutIdempotencyKey(orderId: number, attempt = 1): string {
  return `order-${orderId}-checkout-v${attempt}`;
}

export function connectAccountIdempotencyKey(vendorId: number): string {
  return `vendor-${vendorId}-connect-account-v1`;
}

/** Money must be a non-negative safe integer (minor units); anything else is a programming error. */
export function assertMinorUnits(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InvalidMoneyError(`${what} must be a non-negative integer in minor units, got ${String(value)}`);
  }
  return value;
}

/** The most a platform fee may be: 100 % in basis points (1 bp = 0.01 %). */
export const MAX_FEE_BASIS_POINTS = 10_000;

/**
 * The platform's cut of an order, in minor units, from a fee in basis points, rounded down
 * (the vendor never gets less than the rate promises). Integer arithmetic only: BigInt keeps
 * total × rate exact even above 2^53.
 */
export function platformFeeMinor(totalMinor: number, basisPoints: number): number {
  assertMinorUnits(totalMinor, 'order total');
  if (!Number.isSafeInteger(basisPoints) || basisPoints < 0 || basisPoints > MAX_FEE_BASIS_POINTS) {
    throw new InvalidMoneyError(`the platform fee must be 0–${MAX_FEE_BASIS_POINTS} basis points, got ${String(basisPoints)}`);
  }
  return Number((BigInt(totalMinor) * BigInt(basisPoints)) / BigInt(MAX_FEE_BASIS_POINTS));
}

export function checkoutTotalMinor(lines: readonly CheckoutLine[]): number {
  let total = 0;
  for (const line of lines) {
    assertMinorUnits(line.unitAmountMinor, `price of "${line.name}"`);
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
      throw new InvalidMoneyError(`quantity of "${line.name}" must be a positive integer`);
    }
    total += line.unitAmountMinor * line.quantity;
  }
  return assertMinorUnits(total, 'order total');
}
