import { assistedPlaceholderEmail, createUser, schema } from '@solidaria/db';
import { expect } from 'vitest';
import type { createApp } from '../app';
import { postJson } from '../auth/testing-accounts';
import type { Services } from '../services';

type App = ReturnType<typeof createApp>;

export const UPALA = 1;
export const LOS_CHILES = 2;
let sequence = 0;

/** What an officer fills in at an assisted registration, for a person of Upala. */
export const assistedBody = (overrides: Record<string, unknown> = {}) => ({
  displayName: 'María Elena Castillo',
  profile: { municipalityId: UPALA, birthDate: '1988-03-14', workAuthorization: 'refugee', gender: 'female', populationGroup: 'refugee', nationality: 'NI' },
  explanation: 'Le expliqué en voz alta qué datos guardamos, quién los ve y cómo borrarlos.',
  consentGiven: true,
  ...overrides,
});

/** Registers a person at the office through the API and returns their id and takeover code. */
export async function registerAssisted(app: App, officerCookie: string, overrides: Record<string, unknown> = {}) {
  const res = await postJson(app, '/api/office/people', assistedBody(overrides), { cookie: officerCookie });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { id: number; code: string; expiresAt: string };
}

/** A person registered at the office who has not taken the account over, made straight in the database. */
export async function addAssistedPerson(services: Services, municipalityId = UPALA) {
  return createUser(services.db, {
    identifier: { kind: 'email', value: assistedPlaceholderEmail(`t${++sequence}`) },
    displayName: `Persona ${sequence}`, language: 'es', passwordHash: 'unusable', municipalityId,
    grants: [{ role: 'seeker', municipalityId: null }], now: services.clock.now(),
  });
}

/** An open possible-duplicate flag between two new people of the municipality. */
export async function addDuplicateFlag(services: Services, municipalityId = UPALA): Promise<number> {
  const [older, newer] = [await addAssistedPerson(services, municipalityId), await addAssistedPerson(services, municipalityId)];
  const [row] = await services.db.orm
    .insert(schema.duplicateFlags)
    .values({ userId: newer.id, similarUserId: older.id, municipalityId, reason: 'similar_name_same_birth_year', createdAt: services.clock.now() })
    .returning();
  return row!.id;
}

/** A placement of the office that started on `startsOn`, made straight in the database. */
export async function addPlacement(services: Services, startsOn = '2026-01-05', municipalityId = UPALA): Promise<number> {
  const [row] = await services.db.orm
    .insert(schema.placements)
    .values({ employerName: 'Finca vecina', municipalityId, startsOn, source: 'office', createdAt: services.clock.now() })
    .returning();
  return row!.id;
}
