import type { OfferInput } from '@solidaria/core';
import { schema } from '@solidaria/db';
import type { createApp } from '../app';
import { postJson } from '../auth/testing-accounts';
import type { Services } from '../services';

type App = ReturnType<typeof createApp>;

export const UPALA = 1;
let taxSequence = 100_000;

/** A Costa Rican cédula jurídica no other test organisation has. */
export const freshCedulaJuridica = () => `3-101-${++taxSequence}`;

export const jsonRequest = (app: App, method: 'POST' | 'PATCH', path: string, body: unknown, cookie: string) =>
  app.request(path, { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', cookie } });

/** Registers an organisation through the API, as its employer would. */
export async function registerOrganisation(app: App, cookie: string, overrides: Record<string, unknown> = {}): Promise<{ id: number; verification: string }> {
  const res = await postJson(app, '/api/organizations', {
    name: 'Finca La Esperanza', sector: 'agriculture', municipalityId: UPALA, taxId: freshCedulaJuridica(),
    contactEmail: 'rrhh@laesperanza.example.org', ...overrides,
  }, { cookie });
  if (res.status !== 201) throw new Error(`organisation registration failed with ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { organisation: { id: number; verification: string } }).organisation;
}

export async function verify(app: App, organisationId: number, officerCookie: string, decision: 'verified' | 'rejected' = 'verified') {
  return postJson(app, `/api/organizations/${organisationId}/verification`, { decision, reason: 'Visited the farm; registry checked' }, { cookie: officerCookie });
}

/** The id of an occupation of the starter taxonomy by its Spanish label. */
export async function occupationId(services: Services, labelEs: string): Promise<number> {
  const rows = await services.db.orm.select({ id: schema.occupations.id, label: schema.occupations.labelEs }).from(schema.occupations);
  const found = rows.find((r) => r.label === labelEs);
  if (!found) throw new Error(`no occupation labelled ${labelEs}`);
  return found.id;
}

let reference = 0;

/**
 * An honest offer: fair pay, no fees, applying is free. Each has its own reference, as
 * real offers differ: the same text from several organisations is a screening flag.
 */
export function honestOffer(overrides: Partial<OfferInput> = {}): OfferInput {
  return {
    title: 'Cocinero para restaurante de comida típica',
    description: `Buscamos cocinero o cocinera para preparar casados, gallo pinto y sopas en nuestro restaurante del centro de Upala. Horario de 7 a 15 horas, de lunes a sábado. Ofrecemos seguro social, aguinaldo y vacaciones. Postularse no tiene ningún costo. Referencia ${++reference}.`,
    occupationId: null,
    skills: [],
    municipalityId: UPALA,
    remote: false,
    workAbroad: false,
    contractType: 'indefinite',
    workingTime: 'full_time',
    days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    shifts: ['morning'],
    salary: { kind: 'range', minMinor: 380_000_00, maxMinor: 450_000_00, period: 'month' },
    vacancies: 2,
    acceptedAuthorizations: ['citizen_or_resident', 'refugee', 'asylum_seeker_with_permit'],
    suitableForAdolescents: false,
    languages: [],
    howToApply: '',
    closesOn: '2026-12-31',
    ...overrides,
  };
}
