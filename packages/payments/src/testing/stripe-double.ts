/**
 * A local stand-in for the part of Stripe's API that Solidaria calls, for tests.
 *
 * The real SDK is pointed at it (`createStripePayments({ host: '127.0.0.1', port, protocol: 'http' })`),
 * so the request building, form encoding, headers, retries and idempotency keys are the SDK's own.
 * Answers follow Stripe's documented object shapes (checkout.session, account, account_link) and
 * error shape (`{ error: { type, code, message, param } }`). Idempotency follows Stripe's rules: the
 * same key with the same parameters replays the first answer; with different parameters → 400
 * idempotency_error.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { formGet, formString, parseStripeForm, type FormObject } from './form';

import { ApiError, CHECKOUT_MAX_LIFETIME, CHECKOUT_MIN_LIFETIME, integerParam, invalidRequest, randomId, requiredString } from './stripe-params';
import type { CheckoutSessionRecord, Json, RecordedRequest, StripeDouble } from './stripe-double-types';

export type { CheckoutSessionRecord, RecordedRequest, StripeDouble } from './stripe-double-types';

export async function startStripeDouble(options: { now?: () => number } = {}): Promise<StripeDouble> {
  const nowSeconds = () => Math.floor((options.now?.() ?? Date.now()) / 1000);
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, CheckoutSessionRecord>();
  const accounts = new Map<string, Json>();
  const idempotent = new Map<string, { fingerprint: string; status: number; body: Json }>();

  function createCheckoutSession(body: FormObject, stripeAccount: string | undefined): Json {
    const mode = requiredString(body, 'mode');
    if (mode !== 'payment') throw invalidRequest(`This double only implements mode=payment, got ${mode}.`, 'mode');
    const successUrl = requiredString(body, 'success_url');
    const lines = formGet(body, 'line_items');
    if (!Array.isArray(lines) || lines.length === 0) throw invalidRequest('Missing required param: line_items.', 'line_items', 'parameter_missing');
    let total = 0;
    let currency: string | undefined;
    lines.forEach((line, i) => {
      const quantity = integerParam(formString(line, 'quantity'), `line_items[${i}][quantity]`);
      const unit = integerParam(formString(line, 'price_data', 'unit_amount'), `line_items[${i}][price_data][unit_amount]`);
      const lineCurrency = formString(line, 'price_data', 'currency');
      if (lineCurrency === undefined) throw invalidRequest('Missing currency.', `line_items[${i}][price_data][currency]`, 'parameter_missing');
      if (formString(line, 'price_data', 'product_data', 'name') === undefined) {
        throw invalidRequest('Missing product name.', `line_items[${i}][price_data][product_data][name]`, 'parameter_missing');
      }
      if (currency !== undefined && currency !== lineCurrency) throw invalidRequest('All line items must use the same currency.', 'line_items');
      currency = lineCurrency;
      total += unit * quantity;
    });
    const created = nowSeconds();
    const expiresAtParam = formString(body, 'expires_at');
    const expiresAt = expiresAtParam === undefined ? created + CHECKOUT_MAX_LIFETIME : integerParam(expiresAtParam, 'expires_at');
    if (expiresAt < created + CHECKOUT_MIN_LIFETIME || expiresAt > created + CHECKOUT_MAX_LIFETIME) {
      throw invalidRequest('The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.', 'expires_at');
    }
    const fee = formString(body, 'payment_intent_data', 'application_fee_amount');
    if (fee !== undefined) {
      integerParam(fee, 'payment_intent_data[application_fee_amount]');
      if (formString(body, 'payment_intent_data', 'transfer_data', 'destination') === undefined && stripeAccount === undefined) {
        throw invalidRequest('application_fee_amount needs a connected account (transfer_data[destination] or Stripe-Account).', 'payment_intent_data[application_fee_amount]');
      }
    }
    const id = randomId('cs_test_');
    const metadata = formGet(body, 'metadata');
    const session: Json = {
      id,
      object: 'checkout.session',
      amount_subtotal: total,
      amount_total: total,
      cancel_url: formString(body, 'cancel_url') ?? null,
      client_reference_id: formString(body, 'client_reference_id') ?? null,
      created,
      currency: currency ?? null,
      customer: null,
      customer_email: formString(body, 'customer_email') ?? null,
      expires_at: expiresAt,
      livemode: false,
      locale: formString(body, 'locale') ?? null,
      metadata: metadata !== undefined && !Array.isArray(metadata) && typeof metadata !== 'string' ? metadata : {},
      mode,
      payment_intent: null,
      payment_method_types: ['card'],
      payment_status: 'unpaid',
      status: 'open',
      success_url: successUrl,
      ui_mode: 'hosted',
      url: `https://checkout.stripe.com/c/pay/${id}`,
    };
    sessions.set(id, { object: session, params: body, ...(stripeAccount !== undefined ? { stripeAccount } : {}) });
    return session;
  }

  function createAccount(body: FormObject): Json {
    const id = randomId('acct_');
    const requested = (capability: string) => formString(body, 'capabilities', capability, 'requested') === 'true';
    const metadata = formGet(body, 'metadata');
    const account: Json = {
      id,
      object: 'account',
      business_type: null,
      capabilities: {
        ...(requested('card_payments') ? { card_payments: 'inactive' } : {}),
        ...(requested('transfers') ? { transfers: 'inactive' } : {}),
      },
      charges_enabled: false,
      country: formString(body, 'country') ?? 'US',
      created: nowSeconds(),
      default_currency: 'usd',
      details_submitted: false,
      email: formString(body, 'email') ?? null,
      metadata: metadata !== undefined && !Array.isArray(metadata) && typeof metadata !== 'string' ? metadata : {},
      payouts_enabled: false,
      type: formString(body, 'type') ?? 'custom',
    };
    accounts.set(id, account);
    return account;
  }

  function createAccountLink(body: FormObject): Json {
    const account = requiredString(body, 'account');
    if (!accounts.has(account)) throw new ApiError(400, { error: { type: 'invalid_request_error', code: 'account_invalid', message: `No such account: '${account}'`, param: 'account' } });
    requiredString(body, 'type');
    const created = nowSeconds();
    return {
      object: 'account_link',
      created,
      expires_at: created + 300,
      url: `https://connect.stripe.com/setup/e/${account}/${randomBytes(9).toString('base64url')}`,
    };
  }

  function route(method: string, path: string, body: FormObject, stripeAccount: string | undefined): Json {
    if (method === 'POST' && path === '/v1/checkout/sessions') return createCheckoutSession(body, stripeAccount);
    const sessionMatch = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path);
    if (method === 'GET' && sessionMatch) {
      const id = decodeURIComponent(sessionMatch[1] ?? '');
      const record = sessions.get(id);
      if (!record) throw new ApiError(404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such checkout.session: '${id}'`, param: 'session' } });
      return record.object;
    }
    if (method === 'POST' && path === '/v1/accounts') return createAccount(body);
    if (method === 'POST' && path === '/v1/account_links') return createAccountLink(body);
    throw new ApiError(404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}).` } });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://double');
    const headers: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    const body = parseStripeForm(method === 'GET' ? url.search.slice(1) : rawBody);
    const idempotencyKey = headers['idempotency-key'];
    const stripeAccount = headers['stripe-account'];

    let status = 200;
    let answer: Json;
    let replayed = false;
    const fingerprint = `${method} ${url.pathname} ${stripeAccount ?? ''} ${rawBody}`;
    const previous = idempotencyKey !== undefined ? idempotent.get(idempotencyKey) : undefined;
    if (!/^Bearer sk_test_\S+$/.test(headers['authorization'] ?? '')) {
      status = 401;
      answer = { error: { type: 'invalid_request_error', message: 'Invalid API Key provided.' } };
    } else if (previous && previous.fingerprint !== fingerprint) {
      status = 400;
      answer = { error: { type: 'idempotency_error', message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.` } };
    } else if (previous) {
      ({ status, body: answer } = previous);
      replayed = true;
    } else {
      try {
        answer = route(method, url.pathname, body, stripeAccount);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        status = error.status;
        answer = error.body;
      }
      if (idempotencyKey !== undefined && method === 'POST') idempotent.set(idempotencyKey, { fingerprint, status, body: answer });
    }
    requests.push({
      method, path: url.pathname, headers, rawBody, body,
      ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
      replayed, status,
    });
    res.writeHead(status, {
      'content-type': 'application/json',
      'request-id': randomId('req_'),
      ...(idempotencyKey !== undefined ? { 'idempotency-key': idempotencyKey } : {}),
      ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
      ...(headers['stripe-version'] !== undefined ? { 'stripe-version': headers['stripe-version'] } : {}),
    });
    res.end(JSON.stringify(answer));
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { type: 'api_error', message: String(error) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  function session(sessionId: string): Json {
    const record = sessions.get(sessionId);
    if (!record) throw new Error(`the double has no checkout session ${sessionId}`);
    return record.object;
  }

  function account(accountId: string): Json {
    const object = accounts.get(accountId);
    if (!object) throw new Error(`the double has no account ${accountId}`);
    return object;
  }

  function eventPayload(type: string, sessionId: string, eventId = randomId('evt_')): string {
    return objectEventPayload(type, session(sessionId), eventId);
  }

  function objectEventPayload(type: string, object: Json, eventId = randomId('evt_')): string {
    return JSON.stringify({
      id: eventId,
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: nowSeconds(),
      data: { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    }, null, 2);
  }

  function signed(rawBody: string, webhookSecret: string, timestamp: number | undefined) {
    const signature = Stripe.webhooks.generateTestHeaderString({ payload: rawBody, secret: webhookSecret, ...(timestamp !== undefined ? { timestamp } : {}) });
    return { rawBody, signature };
  }

  return {
    url: `http://127.0.0.1:${port}`,
    host: '127.0.0.1',
    port,
    requests,
    sessions,
    accounts,
    completeSession(sessionId, paymentStatus = 'paid') {
      const object = session(sessionId);
      object['status'] = 'complete';
      object['payment_status'] = paymentStatus;
      object['payment_intent'] = randomId('pi_');
      return object;
    },
    expireSession(sessionId) {
      const object = session(sessionId);
      object['status'] = 'expired';
      object['url'] = null;
      return object;
    },
    eventPayload,
    signedEvent(type, sessionId, webhookSecret, opts = {}) {
      return signed(eventPayload(type, sessionId, opts.eventId), webhookSecret, opts.timestamp);
    },
    updateAccount(accountId, changes) {
      const object = account(accountId);
      Object.assign(object, changes);
      const status = changes.charges_enabled ? 'active' : 'inactive';
      object['capabilities'] = Object.fromEntries(Object.keys((object['capabilities'] as Json | undefined) ?? {}).map((name) => [name, status]));
      return object;
    },
    signedAccountEvent(accountId, webhookSecret, opts = {}) {
      return signed(objectEventPayload('account.updated', account(accountId), opts.eventId), webhookSecret, opts.timestamp);
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      });
    },
  };
}
