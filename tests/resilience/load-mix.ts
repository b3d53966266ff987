import { offerBody, registrationBody, type Stage } from './workload';

/** One request as autocannon sends it. */
export interface Request {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Targets {
  stage: Stage;
  /** Published offers, for offer pages and reports. */
  offerIds: number[];
  marketSlug: string;
}

const queries = ['cocinero', 'cosinero', 'albañil', 'limpieza', 'chofer', 'ayudante de cocina', 'agricola', 'costurera'];
const json = { 'content-type': 'application/json' };

/**
 * The n-th request of the load test, as a municipality's visitors would make them: 90 %
 * reads (pages and the API), 10 % writes. Writes held back by per-address rate limits
 * (registrations, orders, reports: all load comes from 127.0.0.1) stay within those
 * limits, as one real address would: most writes are employers saving offers.
 */
export function loadRequest(n: number, t: Targets): Request {
  const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;
  const q = encodeURIComponent(pick(queries, Math.floor(n / 10)));
  if (n % 10 === 5) {
    const w = Math.floor(n / 10);
    if (w % 100 === 0) return { method: 'POST', path: '/api/auth/register', headers: json, body: JSON.stringify(registrationBody(`carga-${n}@example.org`)) };
    if (w % 100 === 50) return { method: 'POST', path: `/api/offers/${pick(t.offerIds, w / 50)}/reports`, headers: json, body: JSON.stringify({ reason: 'other', details: 'Prueba de carga' }) };
    if (w % 50 === 25) {
      const order = { enterpriseId: t.stage.enterpriseId, items: [{ productId: t.stage.productId, quantity: 1 }], buyerName: 'Compradora de prueba', buyerPhone: '+50688880000', paymentMethod: 'cash' };
      return { method: 'POST', path: '/api/orders', headers: json, body: JSON.stringify(order) };
    }
    return { method: 'POST', path: '/api/offers', headers: { ...json, cookie: t.stage.employerCookie }, body: JSON.stringify(offerBody(t.stage.organisationId, `carga${n}`)) };
  }
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
  ];
  return pick(reads, n % 10 > 5 ? (n % 10) - 1 : n % 10)();
}
