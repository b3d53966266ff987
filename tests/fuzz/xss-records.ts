import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'otpauth';
import { honestOffer } from '../../apps/api/src/offers/testing-offers';

// Script and HTML in every text field a person can fill in, created through the API of a
// running Solidaria. Each payload opens with its own tag, so a test can tell which field
// it sees; each would set window.__xss or open an alert if it ever ran, and its quotes
// and angle brackets would break out of an attribute or a <script> if not escaped.
// 71 characters, so a tag and the payload fit the 80 a name may have.
const BREAKOUT = `'"></script><img src=x onerror=alert(1)><script>window.__xss=1</script>`;
export const payload = (tag: string) => `${tag} ${BREAKOUT}`;

export const FIELDS = {
  offerTitle: payload('Cocinero OT'),
  offerDescription: `${payload('OD')} Buscamos cocinero o cocinera para preparar casados y gallo pinto en Upala. Postularse no tiene ningún costo.`,
  organisationName: payload('ON'),
  enterpriseName: payload('EN'),
  enterpriseDescription: `${payload('ED')} </textarea> Tortillas palmeadas`,
  productName: payload('Pan'),
  productDescription: payload('PD'),
  seekerName: payload('SN'),
  profileHeadline: payload('PH'),
  workTitle: payload('WT'),
  buyerName: payload('BN'),
  orderNote: payload('NT'),
  searchQuery: payload('SQ'),
} as const;
export type Field = keyof typeof FIELDS;

const PASSWORD = 'tamales-de-upala-2026';

export interface XssRecords {
  cookies: { employer: string; vendor: string; seeker: string; officer: string };
  offerId: number;
  organisationId: number;
  seekerId: number;
  enterpriseSlug: string;
  productId: number;
  orderPublicId: string;
}

/** Creates, through the API at `base`, one of each record with payloads in its text fields. */
export async function createXssRecords(base: string, dataDir: string): Promise<XssRecords> {
  const call = async (method: string, path: string, body: unknown, cookie = ''): Promise<{ res: Response; json: any }> => {
    const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    // any: each call reads a different response shape; the test checks what it uses.
    return { res, json: text ? JSON.parse(text) : undefined };
  };
  const cookieOf = (res: Response) => res.headers.getSetCookie().find((c) => c.includes('solidaria_session='))!.split(';')[0]!;
  const register = async (identifier: string, displayName: string, purpose: string) =>
    cookieOf((await call('POST', '/api/auth/register', { identifier, displayName, password: PASSWORD, language: 'es', purposes: [purpose] })).res);

  // The demo officer of Upala, with the authenticator set up at this first sign-in.
  const [, email = '', password = ''] = /^officer: (\S+) \/ (\S+)/m.exec(readFileSync(join(dataDir, 'demo-credentials.txt'), 'utf8')) ?? [];
  const login = await call('POST', '/api/auth/login', { identifier: email, password });
  const totp = await call('POST', '/api/auth/totp', { code: URI.parse(login.json.totpEnrollment.uri).generate() }, cookieOf(login.res));
  const officer = cookieOf(totp.res);

  const employer = await register('xss.empleo@example.org', 'Empleadora', 'employer');
  const organisationId: number = (await call('POST', '/api/organizations', { name: FIELDS.organisationName, sector: 'food_service', municipalityId: 1, taxId: '3-101-777777', contactEmail: 'xss.empleo@example.org' }, employer)).json.organisation.id;
  await call('POST', `/api/organizations/${organisationId}/verification`, { decision: 'verified', reason: 'Registry checked' }, officer);
  const offerId: number = (await call('POST', '/api/offers', { ...honestOffer({ title: FIELDS.offerTitle, description: FIELDS.offerDescription }), organisationId }, employer)).json.offer.id;
  const submitted = await call('POST', `/api/offers/${offerId}/submit`, {}, employer);
  if (submitted.json.offer.status !== 'published') await call('POST', `/api/offers/${offerId}/review`, { decision: 'publish', reason: 'Checked by phone' }, officer);

  const seeker = await register('xss.busca@example.org', FIELDS.seekerName, 'seeker');
  const profile = { headline: FIELDS.profileHeadline, municipalityId: 1, birthDate: '1990-05-01', workAuthorization: 'refugee', skills: [{ customLabel: 'cocinar casados', level: 'expert' }], workHistory: [{ title: FIELDS.workTitle, employer: 'Soda El Parque', months: 24, formal: false }] };
  await call('PUT', '/api/me/profile', profile, seeker);
  await call('POST', `/api/offers/${offerId}/applications`, { shareContact: true }, seeker);
  const seekerId: number = (await (await fetch(`${base}/api/me`, { headers: { cookie: seeker } })).json()).user.id;

  const vendor = await register('xss.vende@example.org', 'Vendedora', 'vendor');
  const enterprise = (await call('POST', '/api/enterprises', { name: FIELDS.enterpriseName, description: FIELDS.enterpriseDescription, category: 'food', municipalityId: 1, whatsapp: '+50688001122', paymentMethods: ['cash'] }, vendor)).json.enterprise;
  const productId: number = (await call('POST', `/api/enterprises/${enterprise.id}/products`, { name: FIELDS.productName, description: FIELDS.productDescription, category: 'food', priceMinor: 1_500_00, stock: 10 }, vendor)).json.product.id;
  const order = (await call('POST', '/api/orders', { enterpriseId: enterprise.id, items: [{ productId, quantity: 1 }], buyerName: FIELDS.buyerName, buyerPhone: '+50687776655', paymentMethod: 'cash', note: FIELDS.orderNote })).json.order;

  return { cookies: { employer, vendor, seeker, officer }, offerId, organisationId, seekerId, enterpriseSlug: enterprise.slug, productId, orderPublicId: order.publicId };
}
