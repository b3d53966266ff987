import { schema } from '@solidaria/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn } from '../auth/testing-accounts';
import { LOS_CHILES, registerAssisted, UPALA } from '../assisted/testing-assisted';
import { createTestServices, fakeClock } from '../testing';

// The test clock starts on 27 November 2026 at 06:00 in Costa Rica.
const clock = fakeClock();
const services = createTestServices({ clock });
const app = createApp(services);
afterAll(() => services.db.close());

let upalaOfficer = '';
let chilesOfficer = '';
let personId = 0;
type Listed = { placements: { id: number; personName: string | null; followUps: { months: number; state: string; stillEmployed: boolean | null }[] }[] };

const record = async (cookie: string, body: object) => postJson(app, '/api/placements', { employerName: 'Finca Los Almendros', municipalityId: UPALA, ...body }, { cookie });
const followUp = (id: number, body: object, cookie = upalaOfficer) => postJson(app, `/api/placements/${id}/follow-ups`, body, { cookie });
const list = async (cookie: string, query = '') => {
  const res = await app.request(`/api/office/placements${query}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as Listed;
};

beforeAll(async () => {
  await services.search.applySettings();
  upalaOfficer = await signIn(app, services, await addPerson(services, 'oficina.upala@example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  chilesOfficer = await signIn(app, services, await addPerson(services, 'oficina.chiles@example.org', [{ role: 'officer', municipalityId: LOS_CHILES }], LOS_CHILES));
  personId = (await registerAssisted(app, upalaOfficer)).id;
});

describe('placements made outside the platform', () => {
  it('are recorded for a person of the officer’s municipality, with the person’s figures, and refused for another office’s person', async () => {
    const res = await record(upalaOfficer, { userId: personId, startsOn: '2026-10-20' });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: number };
    const [row] = await services.db.orm.select().from(schema.placements).where(eq(schema.placements.id, id));
    expect(row).toMatchObject({ userId: personId, source: 'office', gender: 'female', populationGroup: 'refugee', startsOn: '2026-10-20' });
    expect((await record(chilesOfficer, { userId: personId, municipalityId: LOS_CHILES, startsOn: '2026-10-20' })).status).toBe(404);
    expect((await record(upalaOfficer, { userId: personId, startsOn: '20/10/2026' })).status).toBe(422);
  });
});

describe('follow-ups at 1, 3 and 6 months', () => {
  it('are listed when due, recorded once (409 the second time), and not before they are due (422)', async () => {
    const due = await list(upalaOfficer);
    expect(due.placements).toHaveLength(1);
    const placement = due.placements[0]!;
    expect(placement.personName).toBe('María Elena Castillo');
    expect(placement.followUps.map((f) => f.state)).toEqual(['due', 'upcoming', 'upcoming']);
    const early = await followUp(placement.id, { months: 3, stillEmployed: true });
    expect(early.status).toBe(422);
    expect(await early.json()).toMatchObject({ error: { fields: { months: 'This follow-up is due on 2027-01-20.' } } });
    const first = await followUp(placement.id, { months: 1, stillEmployed: true, note: 'Contenta, turno de mañana' });
    expect(first.status).toBe(201);
    expect((await followUp(placement.id, { months: 1, stillEmployed: false })).status).toBe(409);
    expect((await followUp(placement.id, { months: 2, stillEmployed: false })).status).toBe(422);
    // Nothing is due any more until January.
    expect((await list(upalaOfficer)).placements).toEqual([]);
    const all = await list(upalaOfficer, '?status=all');
    expect(all.placements[0]!.followUps[0]).toMatchObject({ months: 1, state: 'recorded', stillEmployed: true });
    const stored = await services.db.orm.select().from(schema.placementFollowUps);
    expect(stored).toEqual([expect.objectContaining({ placementId: placement.id, months: 1, stillEmployed: true, note: 'Contenta, turno de mañana' })]);
  });

  it('belong to the placement’s office only', async () => {
    const [placement] = await services.db.orm.select().from(schema.placements);
    expect((await list(chilesOfficer, '?status=all')).placements).toEqual([]);
    expect((await followUp(placement!.id, { months: 1, stillEmployed: true }, chilesOfficer)).status).toBe(404);
    expect((await followUp(999_999, { months: 1, stillEmployed: true })).status).toBe(404);
  });

  it('become overdue a month after they fall due', async () => {
    clock.set(new Date('2027-02-21T12:00:00Z'));
    // The officer's session ended meanwhile: a new sign-in.
    const [officer] = await services.db.orm.select().from(schema.users).where(eq(schema.users.email, 'oficina.upala@example.org'));
    const due = await list(await signIn(app, services, officer!));
    expect(due.placements[0]!.followUps.map((f) => f.state)).toEqual(['recorded', 'overdue', 'upcoming']);
  });
});
