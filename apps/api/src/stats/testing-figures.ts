import type { ProfileInput } from '@solidaria/core';
import { schema } from '@solidaria/db';
import { addPerson } from '../auth/testing-accounts';
import type { Services } from '../services';

export const UPALA = 1;
export const ESQUIPULAS = 6;
/** An hour ahead of the others (America/Panama). */
export const PANAMA = 9;

let sequence = 0;

export interface Person {
  gender?: ProfileInput['gender'];
  birthDate?: string;
  nationality?: string | null;
  populationGroup?: ProfileInput['populationGroup'];
}

/**
 * Figures data written straight into the database (the office's own routes are tested
 * elsewhere): a seeker with a profile, registered at `at`.
 */
export async function addSeeker(services: Services, municipalityId: number, at: Date, person: Person = {}, name = `seeker${++sequence}`) {
  const user = await addPerson(services, `${name}-${++sequence}@example.org`, [{ role: 'seeker', municipalityId: null }], municipalityId);
  await services.db.orm.insert(schema.seekerProfiles).values({
    userId: user.id, headline: `Perfil de ${name}`, municipalityId, birthDate: person.birthDate ?? '1992-03-14', availability: { fullTime: true, partTime: false, days: [], shifts: [], canStartOn: null, willingToRelocate: false },
    workAuthorization: 'refugee', gender: person.gender ?? null, nationality: person.nationality ?? null, populationGroup: person.populationGroup ?? null,
    createdAt: at, updatedAt: at,
  });
  return user;
}

/** A verified organisation with one published offer of `vacancies` places. */
export async function addPublishedOffer(services: Services, municipalityId: number, at: Date, title: string, vacancies = 1) {
  const [organisation] = await services.db.orm.insert(schema.organisations).values({ name: `Empresa de ${title}`, municipalityId, verification: 'verified', createdAt: at } as never).returning();
  const [offer] = await services.db.orm.insert(schema.offers).values({
    organisationId: organisation!.id, municipalityId, title, description: `${title}: trabajo honrado, sin cobros.`, remote: false, workAbroad: false,
    contractType: 'indefinite', workingTime: 'full_time', days: ['mon'], shifts: ['morning'], currency: 'CRC', vacancies, acceptedAuthorizations: ['refugee'],
    suitableForAdolescents: false, languages: [], howToApply: '', closesOn: '2027-12-31', status: 'published', flags: [], textFingerprint: `fp-${++sequence}`,
    createdAt: at, updatedAt: at, publishedAt: at,
  } as never).returning();
  return { organisation: organisation!, offer: offer! };
}

export async function addApplication(services: Services, offerId: number, userId: number, at: Date) {
  await services.db.orm.insert(schema.applications).values({ offerId, userId, state: 'applied', note: '', shareContact: false, createdAt: at, updatedAt: at });
}

/** A placement recorded by the office, with the person's traits copied, and its follow-ups. */
export async function addPlacement(services: Services, municipalityId: number, startsOn: string, person: Person & { ageBand?: string }, followUps: { months: 1 | 3 | 6; stillEmployed: boolean }[] = [], employerName = 'Finca vecina') {
  const [placement] = await services.db.orm.insert(schema.placements).values({
    employerName, municipalityId, startsOn, source: 'office', gender: person.gender ?? null, ageBand: person.ageBand ?? null,
    nationality: person.nationality ?? null, populationGroup: person.populationGroup ?? null, createdAt: new Date(`${startsOn}T15:00:00Z`),
  }).returning();
  for (const f of followUps) {
    await services.db.orm.insert(schema.placementFollowUps).values({ placementId: placement!.id, months: f.months, stillEmployed: f.stillEmployed, recordedAt: new Date(`${startsOn}T15:00:00Z`) });
  }
  return placement!;
}

/** An enterprise and `paid` paid orders of `totalMinor` each (and one cancelled, which does not count). */
export async function addEnterpriseWithOrders(services: Services, municipalityId: number, at: Date, name: string, paid: number, totalMinor: number, currency: 'CRC' | 'GTQ' = 'CRC') {
  const [enterprise] = await services.db.orm.insert(schema.enterprises).values({
    slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${++sequence}`, name, category: 'food', description: `${name}, hecho en casa`, municipalityId,
    pickupPoint: 'Parque central', paymentMethods: ['cash'], paymentInstructions: '', createdAt: at,
  }).returning();
  for (let i = 0; i <= paid; i++) {
    await services.db.orm.insert(schema.orders).values({
      publicId: `order-${++sequence}`, enterpriseId: enterprise!.id, buyerName: 'Comprador', paymentMethod: 'cash', note: '',
      state: i < paid ? 'completed' : 'cancelled', totalMinor, currency, createdAt: at, updatedAt: at,
    });
  }
  return enterprise!;
}
