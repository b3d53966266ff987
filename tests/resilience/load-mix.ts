import { offerBody, registrationBody, type Stage } from './workload';

/** One request as autocannon sends it. */
export interface Request {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Targets {
  stage: Stage;
  /** Published offers, for offer pages and reports. */
  offerIds: number[];
  marketSlug: string;
  /** The demo job seeker, who saves her profile again and again. */
  seekerCookie: string;
  seekerProfile: string;
}

const queries = ['cocinero', 'cosinero', 'albañil', 'limpieza', 'chofer', 'ayudante de cocina', 'agricola', 'costurera'];
const json = { 'content-type': 'application/json' };

/**
 * The n-th request of the load test, as a municipality's visitors would make them: 95 %
 * reads (pages and the API), 5 % writes, most of them people saving their profile and
 * employers writing offers. Writes held back by per-address rate limits (registrations,
 * orders, reports) stay within those limits, as one real address would: all the load
 * comes from 127.0.0.1.
 */
export function loadRequest(n: number, t: Targets): Request {
  const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;
  const q = encodeURIComponent(pick(queries, Math.floor(n / 20)));
  if (n % 20 === 5) return writeRequest(Math.floor(n / 20), t);
  const reads: (() => Request)[] = [
    () => ({ method: 'GET', path: '/' }),
    () => ({ method: 'GET', path: `/jobs?q=${q}` }),
    () => ({ method: 'GET', path: `/api/offers?q=${q}` }),
    () => ({ method: 'GET', path: '/api/health' }),
    () => ({ method: 'GET', path: '/market' }),
    () => ({ method: 'GET', path: `/jobs/${pick(t.offerIds, n)}` }),
    () => ({ method: 'GET', path: `/api/offers?q=${q.slice(0, 3)}` }),
    () => ({ method: 'GET', path: `/market/${t.marketSlug}` }),
    () => ({ method: 'GET', path: '/jobs' }),
    () => ({ method: 'GET', path: `/api/offers/${pick(t.offerIds, n)}` }),
  ];
  return pick(reads, n)();
}

/** The w-th write: 500 in a run of 10,000 requests. */
function writeRequest(w: number, t: Targets): Request {
  const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;
  if (w % 50 === 0) return { method: 'POST', path: '/api/auth/register', headers: json, body: JSON.stringify(registrationBody(`carga-${w}@example.org`)) };
  if (w % 50 === 25) return { method: 'POST', path: `/api/offers/${pick(t.offerIds, w / 25)}/reports`, headers: json, body: JSON.stringify({ reason: 'other', details: 'Prueba de carga' }) };
  if (w % 25 === 12) {
    const order = { enterpriseId: t.stage.enterpriseId, items: [{ productId: t.stage.productId, quantity: 1 }], buyerName: 'Compradora de prueba', buyerPhone: '+50688880000', paymentMethod: 'cash' };
    return { method: 'POST', path: '/api/orders', headers: json, body: JSON.stringify(order) };
  }
  if (w % 5 === 1) return { method: 'POST', path: '/api/offers', headers: { ...json, cookie: t.stage.employerCookie }, body: JSON.stringify(offerBody(t.stage.organisationId, `carga${w}`)) };
  return { method: 'PUT', path: '/api/me/profile', headers: { ...json, cookie: t.seekerCookie }, body: t.seekerProfile };
}
