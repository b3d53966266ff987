import { callJson, personAddress, type Reply } from './loopback-client';

export const DEMO_PASSWORD = 'demo-solidaria-2026';
const PASSWORD = 'mango-limon-guayaba-2026';

/** What the writes need from the demo data: a verified employer and a vendor's product with stock. */
export interface Stage {
  employerCookie: string;
  organisationId: number;
  enterpriseId: number;
  productId: number;
  initialStock: number;
}

export type Acknowledged =
  | { kind: 'registration'; id: number; email: string }
  | { kind: 'offer'; id: number; reference: string; status: 'draft' | 'published' | 'pending_review' }
  | { kind: 'order'; id: number; publicId: string; quantity: number };

async function signIn(url: string, email: string): Promise<string> {
  const reply = await callJson(url, 'POST', '/api/auth/login', { body: { identifier: email, password: DEMO_PASSWORD } });
  if (reply.status !== 200 || !reply.cookie) throw new Error(`sign-in of ${email} failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.cookie;
}

/** Signs the demo employer and vendor in and gives the vendor a product with plenty of stock. */
export async function prepareStage(url: string, initialStock = 100_000): Promise<Stage> {
  const employerCookie = await signIn(url, 'empleador@demo.solidaria.test');
  const organisations = (await callJson(url, 'GET', '/api/me/organizations', { cookie: employerCookie })).body as { organisations: { id: number }[] };
  const vendorCookie = await signIn(url, 'vendedora@demo.solidaria.test');
  const enterprises = (await callJson(url, 'GET', '/api/me/enterprises', { cookie: vendorCookie })).body as { enterprises: { id: number }[] };
  const enterpriseId = enterprises.enterprises[0]!.id;
  const product = await callJson(url, 'POST', `/api/enterprises/${enterpriseId}/products`, {
    cookie: vendorCookie,
    body: { name: 'Tortillas para la prueba de carga', category: 'food', priceMinor: 150_000, stock: initialStock },
  });
  if (product.status !== 201) throw new Error(`product creation failed: ${product.status} ${JSON.stringify(product.body)}`);
  return { employerCookie, organisationId: organisations.organisations[0]!.id, enterpriseId, productId: (product.body as { product: { id: number } }).product.id, initialStock };
}

/** An honest offer (fair pay, applying is free) with a reference word of its own, to find it by. */
export function offerBody(organisationId: number, reference: string) {
  return {
    organisationId,
    title: 'Ayudante de cocina para soda del centro',
    description: `Buscamos ayudante de cocina para preparar casados, gallo pinto y sopas en una soda del centro de Upala. Horario de 7 a 15 horas, de lunes a sábado. Ofrecemos seguro social, aguinaldo y vacaciones. Postularse no tiene ningún costo. Referencia ${reference}.`,
    occupationId: null, skills: [], municipalityId: 1, remote: false, workAbroad: false,
    contractType: 'indefinite', workingTime: 'full_time', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], shifts: ['morning'],
    salary: { kind: 'range', minMinor: 380_000_00, maxMinor: 450_000_00, period: 'month' }, vacancies: 1,
    acceptedAuthorizations: ['citizen_or_resident', 'refugee', 'asylum_seeker_with_permit'], suitableForAdolescents: false,
    languages: [], howToApply: '', closesOn: '2027-06-30',
  };
}

export const orderBody = (stage: Stage, n: number, quantity: number) => ({
  enterpriseId: stage.enterpriseId,
  items: [{ productId: stage.productId, quantity }],
  buyerName: `Comprador ${n}`,
  buyerPhone: `+5068${String(1_000_000 + n).slice(-7)}`,
  paymentMethod: 'cash',
});

export const registrationBody = (email: string) => ({ identifier: email, password: PASSWORD, displayName: `Persona ${email.split('@')[0]}`, purposes: ['seeker'], municipality: 'upala' });

const ok = (reply: Reply) => reply.status >= 200 && reply.status < 300;

/**
 * The n-th write of a run: a registration, an offer (written, then submitted: two writes)
 * or an order, each from its own loopback address as separate people would send them.
 * Resolves with what the server acknowledged (2xx), nothing when it refused, and rejects
 * when the connection broke (the server died).
 */
export async function write(url: string, stage: Stage, n: number, tag: string, random: () => number): Promise<Acknowledged[]> {
  const from = personAddress(n);
  const kind = n % 10;
  if (kind < 3) {
    const email = `persona-${tag}-${n}@example.org`;
    const reply = await callJson(url, 'POST', '/api/auth/register', { from, body: registrationBody(email) });
    return ok(reply) ? [{ kind: 'registration', id: (reply.body as { id: number }).id, email }] : [];
  }
  if (kind < 7) {
    const reference = `ref${tag}x${n}`;
    const created = await callJson(url, 'POST', '/api/offers', { from, cookie: stage.employerCookie, body: offerBody(stage.organisationId, reference) });
    if (!ok(created)) return [];
    const id = (created.body as { offer: { id: number } }).offer.id;
    const draft: Acknowledged = { kind: 'offer', id, reference, status: 'draft' };
    let submitted: Reply;
    try {
      submitted = await callJson(url, 'POST', `/api/offers/${id}/submit`, { from, cookie: stage.employerCookie });
    } catch (error) {
      // The draft was acknowledged before the server died: it counts.
      throw Object.assign(error as Error, { acknowledged: [draft] });
    }
    if (!ok(submitted)) return [draft];
    return [{ ...draft, status: (submitted.body as { offer: { status: 'published' | 'pending_review' } }).offer.status }];
  }
  const quantity = 1 + Math.floor(random() * 5);
  const reply = await callJson(url, 'POST', '/api/orders', { from, body: orderBody(stage, n, quantity) });
  if (!ok(reply)) return [];
  const order = (reply.body as { order: { id: number; publicId: string } }).order;
  return [{ kind: 'order', id: order.id, publicId: order.publicId, quantity }];
}

/** A small seeded generator (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
