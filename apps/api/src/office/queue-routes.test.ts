import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn } from '../auth/testing-accounts';
import { createTestServices, fakeClock } from '../testing';
import { honestOffer, jsonRequest, registerOrganisation, UPALA, verify } from '../offers/testing-offers';

const LOS_CHILES = 2;
const services = createTestServices({ clock: fakeClock() });
const app = createApp(services);
afterAll(() => services.db.close());

let employer = '';
let upalaOfficer = '';
let chilesOfficer = '';
const ids = { upalaOrg: 0, chilesOrg: 0, verifiedOrg: 0, flaggedOffer: 0, draftOffer: 0 };

const get = async <T>(path: string, cookie: string) => {
  const res = await app.request(path, { headers: { cookie } });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
};
type OrganisationQueue = { organisations: { id: number }[] };
type OfferQueue = { offers: { id: number; flags: { code: string }[]; organisation: { name: string } }[] };

beforeAll(async () => {
  await services.search.applySettings();
  employer = await signIn(app, services, await addPerson(services, 'patrona@example.org', [{ role: 'employer', municipalityId: null }]));
  upalaOfficer = await signIn(app, services, await addPerson(services, 'oficina.upala@example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  chilesOfficer = await signIn(app, services, await addPerson(services, 'oficina.chiles@example.org', [{ role: 'officer', municipalityId: LOS_CHILES }], LOS_CHILES));
  ids.upalaOrg = (await registerOrganisation(app, employer, { name: 'Soda Upala' })).id;
  ids.chilesOrg = (await registerOrganisation(app, employer, { name: 'Soda Los Chiles', municipalityId: LOS_CHILES })).id;
  ids.verifiedOrg = (await registerOrganisation(app, employer, { name: 'Finca verificada' })).id;
  await verify(app, ids.verifiedOrg, upalaOfficer);
  const offer = async (overrides: object) => {
    const res = await jsonRequest(app, 'POST', '/api/offers', { ...honestOffer(overrides), organisationId: ids.verifiedOrg }, employer);
    expect(res.status, await res.clone().text()).toBe(201);
    return ((await res.json()) as { offer: { id: number } }).offer.id;
  };
  // Pay "to agree" is flagged, so submitting sends the offer to the office.
  ids.flaggedOffer = await offer({ salary: { kind: 'to_agree' } });
  await postJson(app, `/api/offers/${ids.flaggedOffer}/submit`, {}, { cookie: employer });
  ids.draftOffer = await offer({});
});

describe("the office's queues", () => {
  it('lists the organisations waiting for verification in the officer’s municipality only', async () => {
    const upala = await get<OrganisationQueue>('/api/office/organizations?status=unverified', upalaOfficer);
    expect(upala.organisations.map((o) => o.id)).toEqual([ids.upalaOrg]);
    const chiles = await get<OrganisationQueue>('/api/office/organizations', chilesOfficer);
    expect(chiles.organisations.map((o) => o.id)).toEqual([ids.chilesOrg]);
  });

  it('lists the offers waiting for review with their flags, and not drafts nor other municipalities’ offers', async () => {
    const upala = await get<OfferQueue>('/api/office/offers?status=pending_review', upalaOfficer);
    expect(upala.offers.map((o) => o.id)).toEqual([ids.flaggedOffer]);
    expect(upala.offers[0]?.flags.map((f) => f.code)).toContain('pay_missing');
    expect(upala.offers[0]?.organisation.name).toBe('Finca verificada');
    expect((await get<OfferQueue>('/api/office/offers', chilesOfficer)).offers).toEqual([]);
  });

  it('gives an offer’s review file to its office only, without who reported it', async () => {
    const file = await get<{ offer: { id: number }; flags: unknown[]; reports: object[] }>(`/api/office/offers/${ids.flaggedOffer}`, upalaOfficer);
    expect(file.offer.id).toBe(ids.flaggedOffer);
    expect(file.flags.length).toBeGreaterThan(0);
    expect(file.reports).toEqual([]);
    expect((await app.request(`/api/office/offers/${ids.flaggedOffer}`, { headers: { cookie: chilesOfficer } })).status).toBe(404);
  });
});
