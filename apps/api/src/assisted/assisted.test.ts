import { schema } from '@solidaria/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, cookieOf, postJson, signIn } from '../auth/testing-accounts';
import { createTestServices, fakeClock } from '../testing';
import { assistedBody, LOS_CHILES, registerAssisted, UPALA } from './testing-assisted';

const clock = fakeClock();
const services = createTestServices({ clock });
const app = createApp(services);
afterAll(() => services.db.close());

let upalaOfficer = '';
let chilesOfficer = '';
beforeAll(async () => {
  await services.search.applySettings();
  upalaOfficer = await signIn(app, services, await addPerson(services, 'oficina.upala@example.org', [{ role: 'officer', municipalityId: UPALA }], UPALA));
  chilesOfficer = await signIn(app, services, await addPerson(services, 'oficina.chiles@example.org', [{ role: 'officer', municipalityId: LOS_CHILES }], LOS_CHILES));
});

let client = 0;
const takeover = (body: object) => postJson(app, '/api/auth/takeover', { password: 'pupusas-de-loroco-2026', ...body }, { 'x-test-client': `198.51.100.${++client}` });

describe('assisted registration', () => {
  it('opens a seeker account with a profile in the officer’s municipality and records the consent with what was explained', async () => {
    const { id, code, expiresAt } = await registerAssisted(app, upalaOfficer);
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(new Date(expiresAt).getTime() - clock.now().getTime()).toBe(30 * 24 * 3_600_000);
    const [user] = await services.db.orm.select().from(schema.users).where(eq(schema.users.id, id));
    expect(user).toMatchObject({ displayName: 'María Elena Castillo', municipalityId: UPALA, phone: null });
    const roles = await services.db.orm.select().from(schema.userRoles).where(eq(schema.userRoles.userId, id));
    expect(roles.map((r) => r.role)).toEqual(['seeker']);
    const [profile] = await services.db.orm.select().from(schema.seekerProfiles).where(eq(schema.seekerProfiles.userId, id));
    expect(profile).toMatchObject({ municipalityId: UPALA, birthDate: '1988-03-14' });
    const officerId = (await services.db.orm.select().from(schema.users).where(eq(schema.users.email, 'oficina.upala@example.org')))[0]!.id;
    const consents = await services.db.orm.select().from(schema.consents).where(eq(schema.consents.userId, id));
    const recorded = { noticeVersion: '2026-11', recordedBy: officerId, explanation: assistedBody().explanation, grantedAt: clock.now(), withdrawnAt: null };
    // The profile starts anonymous, shown to employers: the consent to share it comes with it.
    expect(profile?.visibility).toBe('anonymous');
    expect(consents).toEqual([expect.objectContaining({ purpose: 'assisted_registration', ...recorded }), expect.objectContaining({ purpose: 'share_profile_with_employers', ...recorded })]);
    // Only the code's hash is kept.
    const codes = await services.db.orm.select().from(schema.takeoverCodes).where(eq(schema.takeoverCodes.userId, id));
    expect(codes).toHaveLength(1);
    expect(codes[0]!.codeHash).not.toContain(code);
  });

  it('refuses a person of another municipality (403), a missing explanation or consent (422), and changes nothing', async () => {
    const before = (await services.db.orm.select().from(schema.users)).length;
    expect((await postJson(app, '/api/office/people', assistedBody(), { cookie: chilesOfficer })).status).toBe(403);
    expect((await postJson(app, '/api/office/people', assistedBody({ explanation: '' }), { cookie: upalaOfficer })).status).toBe(422);
    expect((await postJson(app, '/api/office/people', assistedBody({ consentGiven: false }), { cookie: upalaOfficer })).status).toBe(422);
    const bad = await postJson(app, '/api/office/people', assistedBody({ profile: { municipalityId: UPALA, birthDate: 'yesterday' } }), { cookie: upalaOfficer });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect((await services.db.orm.select().from(schema.users)).length).toBe(before);
  });
});

describe('taking over an account with the code', () => {
  it('sets the person’s own phone and password, signs them in, and works only once', async () => {
    const { id, code } = await registerAssisted(app, upalaOfficer, { displayName: 'Rosa Amador' });
    const res = await takeover({ code: code.toLowerCase().replace(/-/g, ' '), identifier: '8888 1234', country: 'CR' });
    expect(res.status, await res.clone().text()).toBe(200);
    const me = await app.request('/api/me', { headers: { cookie: cookieOf(res) } });
    expect(await me.json()).toMatchObject({ user: { id, displayName: 'Rosa Amador', phone: '+50688881234', email: null } });
    const login = await postJson(app, '/api/auth/login', { identifier: '+50688881234', password: 'pupusas-de-loroco-2026' });
    expect(login.status).toBe(200);
    const again = await takeover({ code, identifier: 'otra@example.org' });
    expect(again.status).toBe(422);
    expect(await again.json()).toMatchObject({ error: { fields: { code: expect.any(String) } } });
    // Taken over: the office can no longer hand out a way into the account.
    expect((await postJson(app, `/api/office/people/${id}/takeover-code`, {}, { cookie: upalaOfficer })).status).toBe(409);
  });

  it('keeps the registration’s password rules and refuses an e-mail or phone that has an account', async () => {
    const { code } = await registerAssisted(app, upalaOfficer, { displayName: 'Ana Pérez' });
    const short = await takeover({ code, identifier: 'ana@example.org', password: 'corta' });
    expect(short.status).toBe(422);
    expect(await short.json()).toMatchObject({ error: { fields: { password: expect.any(String) } } });
    expect((await takeover({ code, identifier: 'oficina.upala@example.org' })).status).toBe(409);
    // The code still works after refusals that changed nothing.
    expect((await takeover({ code, identifier: 'ana@example.org' })).status).toBe(200);
  });

  it('stops working when a new code is issued, and after 30 days', async () => {
    const { id, code: first } = await registerAssisted(app, upalaOfficer, { displayName: 'Luis Obando' });
    expect((await postJson(app, `/api/office/people/${id}/takeover-code`, {}, { cookie: chilesOfficer })).status).toBe(404);
    const renewed = await postJson(app, `/api/office/people/${id}/takeover-code`, {}, { cookie: upalaOfficer });
    expect(renewed.status).toBe(201);
    const { code: second } = (await renewed.json()) as { code: string };
    expect((await takeover({ code: first, identifier: 'luis@example.org' })).status).toBe(422);
    clock.advance(30 * 24 * 3_600_000 + 1);
    expect((await takeover({ code: second, identifier: 'luis@example.org' })).status).toBe(422);
  });

  it('limits attempts from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await postJson(app, '/api/auth/takeover', { code: 'AAAA-BBBB-CCCC', identifier: 'x@example.org', password: 'pupusas-de-loroco-2026' }, { 'x-test-client': '203.0.113.9' })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 422)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
