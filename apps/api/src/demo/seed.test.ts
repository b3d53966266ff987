import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@solidaria/db';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { postJson } from '../auth/testing-accounts';
import { loadConfig } from '../config';
import { startNodeRuntime } from '../node-runtime';
import { createTestServices } from '../testing';
import { DEMO_PASSWORD, seedDemoData } from './seed';

const dir = mkdtempSync(join(tmpdir(), 'solidaria-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the demo data', () => {
  const services = createTestServices();
  afterAll(() => services.db.close());

  it('creates one account per role, with the privileged passwords only in an owner-only file', async () => {
    const file = await seedDemoData(services, dir);
    expect(file).not.toBeNull();
    expect(statSync(file!).mode & 0o777).toBe(0o600);
    const text = readFileSync(file!, 'utf8');
    for (const role of ['seeker', 'employer', 'vendor', 'officer', 'admin']) expect(text).toContain(`${role}`);
    const login = await postJson(createApp(services), '/api/auth/login', { identifier: 'buscadora@demo.solidaria.test', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
  });

  it('adds nothing to a database that already has people', async () => {
    const before = await services.db.orm.select().from(schema.users);
    expect(await seedDemoData(services, dir)).toBeNull();
    expect(await services.db.orm.select().from(schema.users)).toHaveLength(before.length);
  });

  it('creates no account at all when DEMO=false', async () => {
    const production = join(dir, 'production');
    const runtime = await startNodeRuntime(loadConfig({ DATA_DIR: production, DEMO: 'false', LOG_LEVEL: 'silent' }));
    expect(await runtime.services.db.orm.select().from(schema.users)).toEqual([]);
    await runtime.close();
  });
});
