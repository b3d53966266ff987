import { schema } from '@solidaria/db';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { addPerson, postJson, signIn } from '../auth/testing-accounts';
import { createTestServices, fakeClock } from '../testing';
import { listEnterprise } from './testing-marketplace';

const clock = fakeClock(new Date('2026-11-27T15:00:00Z'));
const services = createTestServices({ clock });
const app = createApp(services);
const cookies: Record<'vendor' | 'stranger' | 'upala' | 'chiles' | 'admin', string> = { vendor: '', stranger: '', upala: '', chiles: '', admin: '' };
let enterprise: { id: number; slug: string };

type Standing = { enterprise: { programme: boolean; programmeStatus: string; programmeReason: string | null } };
const get = (path: string, cookie?: string) => app.request(path, { headers: cookie ? { cookie } : {} });
const decide = (body: unknown, cookie: string, id = enterprise.id) => postJson(app, `/api/enterprises/${id}/programme`, body, { cookie });
const ask = (cookie: string) => app.request(`/api/enterprises/${enterprise.id}/programme-request`, { method: 'POST', headers: { cookie } });
const queue = async (cookie: string) => ((await (await get('/api/office/enterprise-requests', cookie)).json()) as { enterprises: { id: number }[] }).enterprises.map((e) => e.id);

beforeAll(async () => {
  await services.search.applySettings();
  cookies.vendor = await signIn(app, services, await addPerson(services, 'rosa@example.org', [{ role: 'vendor', municipalityId: null }]));
  cookies.stranger = await signIn(app, services, await addPerson(services, 'otra@example.org', [{ role: 'vendor', municipalityId: null }]));
  cookies.upala = await signIn(app, services, await addPerson(services, 'oficina.upala@example.org', [{ role: 'officer', municipalityId: 1 }], 1));
  clock.advance(31_000);
  cookies.chiles = await signIn(app, services, await addPerson(services, 'oficina.chiles@example.org', [{ role: 'officer', municipalityId: 2 }], 2));
  clock.advance(31_000);
  cookies.admin = await signIn(app, services, await addPerson(services, 'admin@example.org', [{ role: 'admin', municipalityId: null }]));
  enterprise = await listEnterprise(app, cookies.vendor);
});

describe('the municipal programme', () => {
  it('takes a vendor’s request to its municipality’s office only, which takes it in with a reason the public page and search show', async () => {
    expect((await ask(cookies.stranger)).status).toBe(403);
    const asked = await ask(cookies.vendor);
    expect(asked.status).toBe(200);
    expect(((await asked.json()) as Standing).enterprise.programmeStatus).toBe('requested');
    expect((await ask(cookies.vendor)).status).toBe(409);

    expect(await queue(cookies.upala)).toEqual([enterprise.id]);
    expect(await queue(cookies.admin)).toEqual([enterprise.id]);
    expect(await queue(cookies.chiles)).toEqual([]);
    expect((await get('/api/office/enterprise-requests', cookies.vendor)).status).toBe(403);
    expect((await get(`/api/office/enterprises/${enterprise.id}`, cookies.chiles)).status).toBe(404);
    expect((await get(`/api/office/enterprises/${enterprise.id}`, cookies.upala)).status).toBe(200);

    expect((await decide({ decision: 'join', reason: 'Cumple' }, cookies.chiles)).status).toBe(403);
    expect((await decide({ decision: 'join', reason: 'Cumple' }, cookies.vendor)).status).toBe(403);
    expect((await decide({ decision: 'join' }, cookies.upala)).status).toBe(422);
    expect((await decide({ decision: 'join', reason: '  ' }, cookies.upala)).status).toBe(422);
    expect((await decide({ decision: 'adopt', reason: 'Cumple' }, cookies.upala)).status).toBe(422);
    expect((await decide({ decision: 'leave', reason: 'No está' }, cookies.upala)).status).toBe(409);
    expect((await decide({ decision: 'join', reason: 'Cumple' }, cookies.upala, 9999)).status).toBe(404);

    const joined = await decide({ decision: 'join', reason: 'Participó en la capacitación de octubre' }, cookies.upala);
    expect(joined.status).toBe(200);
    expect(((await joined.json()) as Standing).enterprise).toMatchObject({ programme: true, programmeStatus: 'member', programmeReason: 'Participó en la capacitación de octubre' });
    expect(await queue(cookies.upala)).toEqual([]);
    const shown = (await (await get(`/api/enterprises/${enterprise.slug}`)).json()) as { enterprise: Record<string, unknown> };
    expect(shown.enterprise.programme).toBe(true);
    expect(shown.enterprise).not.toHaveProperty('programmeReason');
    const found = (await (await get('/api/enterprises?q=tortilleria')).json()) as { results: { id: number; programme: boolean }[] };
    expect(found.results.find((r) => r.id === enterprise.id)?.programme).toBe(true);
    const [audit] = await services.db.orm.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'enterprise.programme_join'));
    expect(audit?.details).toMatchObject({ reason: 'Participó en la capacitación de octubre', before: false });
  });

  it('lets the office take an enterprise out, and refuse a new request, keeping the reason for its vendor', async () => {
    expect((await decide({ decision: 'leave', reason: 'Dejó de vender en el mercado' }, cookies.admin)).status).toBe(200);
    expect((await decide({ decision: 'refuse', reason: 'Sin solicitud' }, cookies.upala)).status).toBe(409);
    expect((await ask(cookies.vendor)).status).toBe(200);
    expect((await decide({ decision: 'refuse', reason: 'Falta el permiso de salud' }, cookies.upala)).status).toBe(200);
    const workspace = (await (await get(`/api/enterprises/${enterprise.id}/workspace`, cookies.vendor)).json()) as Standing;
    expect(workspace.enterprise).toMatchObject({ programme: false, programmeStatus: 'none', programmeReason: 'Falta el permiso de salud' });
    const actions = (await services.db.orm.select().from(schema.auditLog)).map((a) => a.action).filter((a) => a.startsWith('enterprise.programme'));
    expect(actions).toEqual(['enterprise.programme_requested', 'enterprise.programme_join', 'enterprise.programme_leave', 'enterprise.programme_requested', 'enterprise.programme_refuse']);
  });
});
