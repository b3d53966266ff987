/**
 * @solidaria/payments — the payment port.
 *
 * ## Offline (default, always on)
 * `offlineMethods(country)` lists what a vendor can take with no provider: cash on pickup,
 * bank transfer with a reference, and SINPE Móvil in Costa Rica only. The vendor marks such an
 * order paid by hand (the order state machine in @solidaria/core decides who may).
 *
 * ## Stripe (only when STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET are set)
 * The app builds it once and passes it to `createApp({ payments })`:
 *
 * ```ts
 * const card = env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET
 *   ? createStripePayments({ secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET })
 *   : undefined; // no card option anywhere
 * ```
 *
 * - Vendor onboarding: show the "accept cards" option only if `card.connectSupported(country)`.
 *   Per Stripe's docs none of CR, GT, HN, PA is a self-serve Connect country (see port.ts), so in
 *   the programme this stays off unless a deployment configures `connectCountries`.
 *   `createConnectAccount({ vendorId, country, email })` → store `accountId` on the enterprise;
 *   `onboardingLink({ accountId, refreshUrl, returnUrl })` → redirect the vendor to `url`.
 * - `POST /api/orders/:id/checkout` (card): reserve stock first, then
 *   `createCheckoutSession({ orderId, lines, currency, successUrl, cancelUrl, connectedAccountId,
 *   platformFeeMinor, expiresAt })` and redirect to `url`. Our idempotency key
 *   (`order-<id>-checkout-v1`) means a double click or a retry returns the same session; after a
 *   session expired pass `attempt: 2` for a new one. Set `expiresAt` to the order's pickup
 *   deadline if sooner than 24 h (Stripe needs 30 min–24 h). Store `sessionId` on the order.
 *   The success page never marks anything paid.
 * - `POST /api/payments/stripe/webhook`: read the body as TEXT (`await c.req.text()`, never
 *   `json()`), then `verifyWebhook(rawBody, c.req.header('stripe-signature'))`.
 *   `WebhookSignatureError` → 400, no effect (bad signature or older than 300 s). Otherwise, in ONE
 *   atomic unit: insert `event.id` into the payment-events table (unique; already there → 200, no
 *   effect) and apply `event.type`: `paid` → order paid (check `amountTotalMinor`/`currency` against
 *   the order); `payment_failed` / `expired` → release the reserved stock; `pending` / `ignored` →
 *   nothing; `account_updated` → store `chargesEnabled` on the enterprise with that `accountId`.
 *   Always answer 2xx for a verified event, including unknown types.
 * - Platform fee: `platformFeeMinor(totalMinor, basisPoints)` (integer, rounded down).
 * - On Workers the same code runs: verification uses the SDK's async path with the SubtleCrypto
 *   provider, and `stripe` resolves to its worker build (fetch) there.
 *
 * ## Tests
 * `@solidaria/payments/testing` starts a local Stripe API double (`startStripeDouble()`); point
 * `createStripePayments({ host, port, protocol: 'http', secretKey: 'sk_test_…' })` at it, and use
 * `double.signedEvent(type, sessionId, webhookSecret)` for webhooks signed by the SDK's own helper.
 *
 * Money everywhere is an integer number of minor units with an ISO currency code.
 */
export * from './port';
export { createStripePayments, paymentEventFrom, WEBHOOK_TOLERANCE_SECONDS, type StripePaymentsConfig } from './stripe';
