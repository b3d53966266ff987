import { normaliseTaxId, type Offer, type OfferInput } from '@solidaria/core';
import { createOfferWrites, createOrganisation, findOrganisationByTaxId, nextOfferId, schema, setVerificationWrite, type OrganisationRow } from '@solidaria/db';
import { screen } from '../offers/screening';
import { offerIndexWrites } from '../offers/index-writes';
import { todayIn } from '../offers/views';
import type { Services } from '../services';
import { demoOffers, demoOrganisations } from './demo-employers';

const DAY_MS = 86_400_000;
const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The demo job board: the invented organisations, verified by the demo officer, and their
 * offers published over the last weeks (those screening flags wait for review). The demo employer account manages the first
 * organisation, so signing in as it shows an employer's pages with offers in them.
 */
export async function seedDemoOffers(services: Services, people: { employerId: number; officerId: number }): Promise<number> {
  const { db, clock } = services;
  const now = clock.now();
  const municipalities = new Map((await db.orm.select().from(schema.municipalities)).map((m) => [m.slug, m]));
  const skillIds = new Map((await db.orm.select({ id: schema.skills.id, uri: schema.skills.uri }).from(schema.skills)).map((s) => [s.uri, s.id]));
  const occupationIds = new Map((await db.orm.select({ id: schema.occupations.id, uri: schema.occupations.uri }).from(schema.occupations)).map((o) => [o.uri, o.id]));
  const place = (slug: string) => {
    const municipality = municipalities.get(slug);
    if (!municipality) throw new Error(`demo data names an unknown municipality: ${slug}`);
    return municipality;
  };

  const organisations = new Map<string, OrganisationRow>();
  for (const [i, o] of demoOrganisations.entries()) {
    const municipality = place(o.municipalitySlug);
    const taxId = normaliseTaxId(municipality.country, o.taxId);
    const input = { name: o.name, sector: o.sector, municipalityId: municipality.id, taxId, description: o.description, contactEmail: o.contactEmail, contactPhone: o.contactPhone, website: o.website };
    // Only the first belongs to the demo employer; the others are run by nobody who signs in.
    const member = i === 0 ? people.employerId : null;
    const row = (await findOrganisationByTaxId(db, taxId)) ?? (await createOrganisation(db, { input, createdBy: people.employerId, now: new Date(now.getTime() - 60 * DAY_MS), member }));
    await db.atomic([setVerificationWrite(db, row.id, { state: 'verified', reason: 'Demo organisation', officerId: people.officerId, now })]);
    organisations.set(o.key, { ...row, verification: 'verified' });
  }

  let count = 0;
  for (const [i, d] of demoOffers.entries()) {
    const organisation = organisations.get(d.organisation);
    if (!organisation) throw new Error(`demo offer of an unknown organisation: ${d.organisation}`);
    const municipality = place(d.municipalitySlug);
    const publishedAt = new Date(now.getTime() - ((i * 7) % 30) * DAY_MS - i * 60_000);
    const input: OfferInput = {
      ...d.fields,
      municipalityId: municipality.id,
      occupationId: d.occupationUri ? (occupationIds.get(d.occupationUri) ?? null) : null,
      skills: d.skills.flatMap((s) => {
        const skillId = skillIds.get(s.uri);
        return skillId ? [{ skillId, level: s.level, required: s.required }] : [];
      }),
      closesOn: addDays(todayIn(municipality.timeZone, now), d.closesInDays),
    };
    // Screened like any offer: what the rules flag waits for the demo officer's review.
    const { result, fingerprint } = await screen(services, input, municipality.country, organisation, false);
    if (result.blocks.length > 0) throw new Error(`demo offer "${input.title}" is refused by screening: ${result.blocks.map((b) => b.code).join(', ')}`);
    const status = result.flags.length > 0 ? 'pending_review' : 'published';
    const id = await nextOfferId(db);
    const offer: Offer = {
      ...input, id, organisationId: organisation.id, currency: municipality.currency, status, closeReason: null, rejectionReason: null,
      flags: result.flags, hiddenByReports: false, createdAt: publishedAt, updatedAt: publishedAt, publishedAt: status === 'published' ? publishedAt : null,
    };
    await db.atomic([
      ...createOfferWrites(db, id, organisation.id, input, { currency: offer.currency, status, flags: result.flags, textFingerprint: fingerprint }, people.employerId, publishedAt),
      ...(await offerIndexWrites(services, offer, organisation)),
    ]);
    count++;
  }
  return count;
}
