import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { postJson, TEST_PASSWORD } from './auth/testing-accounts';
import { loadConfig } from './config';
import { startSmtpServer } from './mail/testing-smtp-server';
import { startNodeRuntime } from './node-runtime';

const dir = mkdtempSync(join(tmpdir(), 'solidaria-runtime-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Node runtime with SMTP_URL set', () => {
  it('delivers a password reset e-mail through the SMTP server, with a link to ORIGIN', async () => {
    const smtp = await startSmtpServer();
    const runtime = await startNodeRuntime(
      loadConfig({ DATA_DIR: dir, DEMO: 'false', LOG_LEVEL: 'silent', SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, ORIGIN: 'https://empleo.upala.test' }),
    );
    try {
      expect(runtime.describe()).toContain('e-mail by SMTP');
      const app = createApp(runtime.services);
      await postJson(app, '/api/auth/register', { identifier: 'mail@example.org', password: TEST_PASSWORD, displayName: 'M' });
      expect((await postJson(app, '/api/auth/password-reset', { identifier: 'mail@example.org' })).status).toBe(202);
      await expect.poll(() => smtp.received.length, { timeout: 15_000, interval: 200 }).toBe(1);
      expect(smtp.received[0]?.to).toEqual(['mail@example.org']);
      // The body travels quoted-printable: undo its soft line breaks and escaped "=".
      const body = (smtp.received[0]?.raw ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      expect(body).toContain('https://empleo.upala.test/reset?token=');
    } finally {
      await runtime.close();
      await smtp.close();
    }
  });
});

describe('the Node runtime with MEILISEARCH_URL set', () => {
  it('starts while Meilisearch is down, says so in /api/health, and keeps data safe in the outbox', async () => {
    const runtime = await startNodeRuntime(
      loadConfig({ DATA_DIR: join(dir, 'meili'), DEMO: 'false', LOG_LEVEL: 'silent', MEILISEARCH_URL: 'http://127.0.0.1:9' }),
    );
    try {
      expect(runtime.describe()).toContain('search meilisearch 127.0.0.1:9');
      const res = await createApp(runtime.services).request('/api/health');
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'error', db: 'ok', search: { engine: 'meilisearch', reachable: false } });
    } finally {
      await runtime.close();
    }
  });
});
