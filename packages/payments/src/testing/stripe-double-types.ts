// What the Stripe double records and how a test drives it.

import type { FormObject } from './form';

export interface RecordedRequest {
  method: string;
  path: string;
  /** Lower-cased header names, as node gives them. */
  headers: Record<string, string | undefined>;
  rawBody: string;
  body: FormObject;
  idempotencyKey?: string;
  /** True when the answer was a replay of an earlier request with the same idempotency key. */
  replayed: boolean;
  status: number;
}

export type Json = Record<string, unknown>;

export interface CheckoutSessionRecord {
  object: Json;
  /** What was asked for, parsed (Stripe does not echo payment_intent_data back). */
  params: FormObject;
  /** The `Stripe-Account` header, if the session was made on a connected account. */
  stripeAccount?: string;
}

export interface StripeDouble {
  url: string;
  host: string;
  port: number;
  requests: RecordedRequest[];
  sessions: Map<string, CheckoutSessionRecord>;
  accounts: Map<string, Json>;
  /** The buyer paid: status complete, payment_status paid (or unpaid for a delayed method). */
  completeSession(sessionId: string, paymentStatus?: 'paid' | 'unpaid'): Json;
  expireSession(sessionId: string): Json;
  /** A Stripe event JSON body around the session's current state, as Stripe would post it. */
  eventPayload(type: string, sessionId: string, eventId?: string): string;
  /** That body plus a real `Stripe-Signature` header made by the SDK's test helper. */
  signedEvent(type: string, sessionId: string, webhookSecret: string, options?: { eventId?: string; timestamp?: number }):
    { rawBody: string; signature: string };
  /** The vendor finished (or Stripe paused) Express onboarding: sets charges_enabled and the rest. */
  updateAccount(accountId: string, changes: { charges_enabled: boolean; details_submitted?: boolean; payouts_enabled?: boolean }): Json;
  /** An `account.updated` event around the account's current state, signed like `signedEvent`. */
  signedAccountEvent(accountId: string, webhookSecret: string, options?: { eventId?: string; timestamp?: number }):
    { rawBody: string; signature: string };
  close(): Promise<void>;
}
