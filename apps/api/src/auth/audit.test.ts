import { schema } from '@solidaria/db';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { createTestServices } from '../testing';
import { addPerson, cookieOf, postJson, signIn, TEST_PASSWORD } from './testing-accounts';

const services = createTestServices();
const app = createApp(services);
afterAll(() => services.db.close());

describe('the audit log', () => {
  it('records logins ok and failed, role grants, resets and session ends, with the request id', async () => {
    const person = await addPerson(services, 'audited@example.org', [{ role: 'seeker', municipalityId: null }], 1);
    await postJson(app, '/api/auth/login', { identifier: 'audited@example.org', password: 'wrong-password-x' });
    const login = await postJson(app, '/api/auth/login', { identifier: 'audited@example.org', password: TEST_PASSWORD });
    await app.request('/api/auth/logout', { method: 'POST', headers: { cookie: cookieOf(login) } });
    const admin = await addPerson(services, 'admin@example.org', [{ role: 'admin', municipalityId: null }]);
    const adminCookie = await signIn(app, services, admin);
    await postJson(app, `/api/admin/users/${person.id}/roles`, { grant: [{ role: 'vendor' }] }, { cookie: adminCookie });
    await app.request(`/api/office/users/${person.id}/password-reset`, { method: 'POST', headers: { cookie: adminCookie } });

    const rows = await services.db.orm.select().from(schema.auditLog);
    const about = rows.filter((r) => r.subjectId === String(person.id) || r.actorUserId === person.id).map((r) => r.action);
    expect(about).toEqual(expect.arrayContaining([
      'login.failed', 'login.succeeded', 'session.ended', 'role.granted', 'password_reset.in_person',
    ]));
    expect(rows.every((r) => r.requestId === null || /^[\w-]{8,}$/.test(r.requestId))).toBe(true);
    expect(rows.find((r) => r.action === 'role.granted')).toMatchObject({ actorUserId: admin.id, details: { role: 'vendor' } });
  });

  it('cannot be changed or deleted once written', async () => {
    const refused = { cause: { message: 'the audit log is append-only' } };
    await expect(async () => services.db.orm.run(sql`update audit_log set action = 'nothing'`)).rejects.toMatchObject(refused);
    await expect(async () => services.db.orm.run(sql`delete from audit_log`)).rejects.toMatchObject(refused);
  });
});
