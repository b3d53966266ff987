import { schema } from '@solidaria/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn } from '../auth/testing-accounts';
import { LOS_CHILES, registerAssisted, UPALA } from '../assisted/testing-assisted';
import { createTestServices, fakeClock } from '../testing';

const clock = fakeClock();
const services = createTestServices({ clock });
const app = createApp(services);
afterAll(() => services.db.close());

let upalaOfficer = '';
let chilesOfficer = '';
let admin = '';
type Queue = { duplicates: { id: number; reason: string; matched: { sameBirthYear: boolean; names: string[] }; newer: { id: number }; older: { id: number } }[] };
const queue = async (cookie: string) => {
  const res = await app.request('/api/office/duplicates', { headers: { cookie } });
  expect(res.status).toBe(200);
  return (await res.json()) as Queue;
};

// Two people of Upala registered at the office with nearly the same name and birth year.
const pair = async (name: string, otherName: string) => {
  const first = await registerAssisted(app, upalaOfficer, { displayName: name });
  clock.advance(60_000);
  const second = await registerAssisted(app, upalaOfficer, { displayName: otherName });
  return { older: first.id, newer: second.id };
};

beforeAll(async () => {
  await services.search.applySettings();
  upalaOfficer = await signIn(app, services, await addPerson(services, 'oficina.upala@example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  chilesOfficer = await signIn(app, services, await addPerson(services, 'oficina.chiles@example.org', [{ role: 'officer', municipalityId: LOS_CHILES }], LOS_CHILES));
  admin = await signIn(app, services, await addPerson(services, 'admin@example.org', [{ role: 'admin', municipalityId: null }]));
});

describe('the possible-duplicates queue', () => {
  it('shows the office of the municipality (and admins) what matched, and nothing to another office', async () => {
    const { older, newer } = await pair('José Luis Ramírez', 'Jose Luis Ramirez');
    const upala = await queue(upalaOfficer);
    expect(upala.duplicates).toEqual([expect.objectContaining({
      reason: 'similar_name_same_birth_year', newer: expect.objectContaining({ id: newer }), older: expect.objectContaining({ id: older }),
      matched: { samePhone: false, sameBirthYear: true, names: ['Jose Luis Ramirez', 'José Luis Ramírez'] },
    })]);
    expect((await queue(admin)).duplicates).toHaveLength(1);
    expect((await queue(chilesOfficer)).duplicates).toEqual([]);
    const id = upala.duplicates[0]!.id;
    expect((await app.request(`/api/office/duplicates/${id}`, { headers: { cookie: chilesOfficer } })).status).toBe(404);
    expect((await postJson(app, `/api/office/duplicates/${id}/decision`, { decision: 'different_people', reason: 'Otra persona' }, { cookie: chilesOfficer })).status).toBe(404);
  });

  it('needs a reason; "same person" deactivates the newer account, logs the decision and closes the flag', async () => {
    const { id } = (await queue(upalaOfficer)).duplicates[0]!;
    const noReason = await postJson(app, `/api/office/duplicates/${id}/decision`, { decision: 'same_person', reason: ' ' }, { cookie: upalaOfficer });
    expect(noReason.status).toBe(422);
    expect((await queue(upalaOfficer)).duplicates).toHaveLength(1);
    const flag = (await queue(upalaOfficer)).duplicates[0]!;
    const res = await postJson(app, `/api/office/duplicates/${id}/decision`, { decision: 'same_person', reason: 'Misma cédula de refugiado' }, { cookie: upalaOfficer });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ decision: 'same_person', deactivatedUserId: flag.newer.id });
    const [newer] = await services.db.orm.select().from(schema.users).where(eq(schema.users.id, flag.newer.id));
    const [older] = await services.db.orm.select().from(schema.users).where(eq(schema.users.id, flag.older.id));
    expect(newer!.disabledAt).not.toBeNull();
    expect(older!.disabledAt).toBeNull();
    const logged = await services.db.orm.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'duplicate.decided'));
    expect(logged).toEqual([expect.objectContaining({ subjectId: String(id), details: expect.objectContaining({ decision: 'same_person', reason: 'Misma cédula de refugiado' }) })]);
    expect((await queue(upalaOfficer)).duplicates).toEqual([]);
    // Decided once: a second decision finds no open flag.
    expect((await postJson(app, `/api/office/duplicates/${id}/decision`, { decision: 'different_people', reason: 'Cambio' }, { cookie: upalaOfficer })).status).toBe(404);
  });

  it('"different people" keeps both accounts', async () => {
    const { older, newer } = await pair('Carmen Solís', 'Carmen Solis');
    const { id } = (await queue(upalaOfficer)).duplicates[0]!;
    const res = await postJson(app, `/api/office/duplicates/${id}/decision`, { decision: 'different_people', reason: 'Distinta madre, distinto documento' }, { cookie: upalaOfficer });
    expect(await res.json()).toEqual({ decision: 'different_people', deactivatedUserId: null });
    const users = await services.db.orm.select().from(schema.users);
    expect(users.filter((u) => [older, newer].includes(u.id)).every((u) => u.disabledAt === null)).toBe(true);
  });
});
