import fc from 'fast-check';
import sharp from 'sharp';
import Stripe from 'stripe';
import { WEBHOOK_SECRET } from './fuzz-fixture';
import { hostileString, toJsonText } from './hostile-values';

// The two routes that read no JSON get bodies of their own kind too, so fuzzing goes
// past the first check: images broken in the middle, and webhook events Stripe signed
// (a valid signature) around hostile content.
export interface RawRequestBody {
  contentType: string;
  body: string | Uint8Array;
  headers: Record<string, string>;
}

/** A real photo, cut short or with bytes overwritten. */
export async function brokenPhotos(): Promise<fc.Arbitrary<RawRequestBody>> {
  const photo = new Uint8Array(await sharp({ create: { width: 48, height: 32, channels: 3, background: '#2a7f62' } }).jpeg().toBuffer());
  return fc.record({
    cut: fc.integer({ min: 4, max: photo.length }),
    flips: fc.array(fc.tuple(fc.nat({ max: photo.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    contentType: fc.constantFrom('image/jpeg', 'image/png', 'image/webp'),
  }).map(({ cut, flips, contentType }) => {
    const bytes = photo.slice(0, cut);
    for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
    return { contentType, body: bytes, headers: {} };
  });
}

/**
 * Stripe-signed events with hostile values in the shape Stripe sends (every field of its
 * documented type). The signature is the trust boundary: only Stripe holds the secret,
 * so shapes Stripe never sends (a list for a session, no currency) are not fuzzed here;
 * unsigned bodies of any shape are, by the generic arbitraries.
 */
export function signedHostileEvents(sessionIds: readonly string[]): fc.Arbitrary<RawRequestBody> {
  const object = fc.record({
    id: fc.oneof(fc.constantFrom(...sessionIds), hostileString),
    object: fc.constantFrom('checkout.session', 'account'),
    metadata: fc.record({ order_id: fc.oneof(fc.constantFrom('1', '2', '-1', '0', '1e3', '01', '9007199254740993'), hostileString) }),
    client_reference_id: fc.oneof(hostileString, fc.constant(null)),
    amount_total: fc.oneof(fc.constantFrom(150000, 0, -1, 2 ** 53 + 1, 1e308, null), fc.integer()),
    currency: fc.oneof(fc.constantFrom('crc', 'usd'), hostileString),
    status: fc.constantFrom('open', 'complete', 'expired'),
    payment_status: fc.constantFrom('paid', 'unpaid', 'no_payment_required'),
    charges_enabled: fc.boolean(),
  });
  return fc.record({
    id: fc.oneof(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }).map((s) => `evt_${s}`), hostileString),
    type: fc.oneof(fc.constantFrom('checkout.session.completed', 'checkout.session.expired', 'checkout.session.async_payment_failed', 'account.updated'), hostileString),
    object,
  }).map(({ id, type, object }) => {
    const rawBody = toJsonText({ entries: [['id', id], ['object', 'event'], ['type', type], ['created', Math.floor(Date.now() / 1000)], ['data', { entries: [['object', object]] }]] });
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: rawBody, secret: WEBHOOK_SECRET });
    return { contentType: 'application/json', body: rawBody, headers: { 'stripe-signature': signature } };
  });
}
