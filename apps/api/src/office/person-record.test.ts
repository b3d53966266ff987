import { grantConsentWrite, schema } from '@solidaria/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, signIn } from '../auth/testing-accounts';
import { assistedBody, registerAssisted, UPALA } from '../assisted/testing-assisted';
import { createTestServices, fakeClock } from '../testing';

// The office's record of a person registered at the office: what the officer explained
// is read once per registration, though it is kept on each consent the registration granted.

const clock = fakeClock();
const services = createTestServices({ clock });
const app = createApp(services);
afterAll(() => services.db.close());

let officer = '';
let officerId = 0;
beforeAll(async () => {
  await services.search.applySettings();
  const row = await addPerson(services, 'oficina.registro@example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA);
  officerId = row.id;
  officer = await signIn(app, services, row);
});

interface PersonRecord {
  consents: Record<string, unknown>[];
  explanations: { at: string; recordedBy: number | null; text: string; purposes: string[] }[];
}
const recordOf = async (id: number) => {
  const res = await app.request(`/api/office/people/${id}`, { headers: { cookie: officer } });
  expect(res.status).toBe(200);
  return (await res.json()) as PersonRecord;
};

describe("an assisted registration in the office's record of the person", () => {
  it('gives the explanation once, with the two consents it was recorded on, which keep it in the database', async () => {
    const { id } = await registerAssisted(app, officer);
    const record = await recordOf(id);
    expect(record.consents.map((k) => k.purpose).sort()).toEqual(['assisted_registration', 'share_profile_with_employers']);
    expect(record.consents.every((k) => !('explanation' in k))).toBe(true);
    expect(record.explanations).toEqual([
      { at: clock.now().toISOString(), recordedBy: officerId, text: assistedBody().explanation, purposes: expect.arrayContaining(['assisted_registration', 'share_profile_with_employers']) },
    ]);
    expect(record.explanations[0]!.purposes).toHaveLength(2);
    const kept = await services.db.orm.select().from(schema.consents).where(eq(schema.consents.userId, id));
    expect(kept.map((k) => k.explanation)).toEqual([assistedBody().explanation, assistedBody().explanation]);
  });

  it('keeps a later explanation apart, and adds none for a consent the person gave alone', async () => {
    const { id } = await registerAssisted(app, officer, { displayName: 'José Ramírez' });
    clock.advance(60_000);
    const later = 'Volvió a la oficina; le expliqué que las empresas pueden pedirle su contacto.';
    await services.db.atomic([
      grantConsentWrite(services.db, { userId: id, purpose: 'contact_by_employers', noticeVersion: '2026-11', now: clock.now(), recordedBy: officerId, explanation: later }),
      grantConsentWrite(services.db, { userId: id, purpose: 'contact_by_employers', noticeVersion: '2026-12', now: new Date(clock.now().getTime() + 1000) }),
    ]);
    const record = await recordOf(id);
    expect(record.consents).toHaveLength(4);
    expect(record.explanations.map((e) => ({ text: e.text, purposes: e.purposes.length }))).toEqual([
      { text: later, purposes: 1 },
      { text: assistedBody().explanation, purposes: 2 },
    ]);
  });
});
