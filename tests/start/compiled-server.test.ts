import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServerIfStale } from '../../scripts/server-build';

const dir = mkdtempSync(join(tmpdir(), 'solidaria-compiled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

describe('the server as `npm start` runs it: compiled to JavaScript, run by node alone', () => {
  it('migrates, seeds, serves the API and the pages, and stops cleanly on SIGTERM', async () => {
    // The bundle lives in the repository, where node finds the packages it imports.
    const main = await buildServerIfStale();
    const port = await freePort();
    const child = spawn(process.execPath, [main], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'warn' }, stdio: 'pipe' });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    const url = `http://127.0.0.1:${port}`;
    let health: unknown = null;
    for (let i = 0; i < 300 && health === null; i++) {
      health = await fetch(`${url}/api/health`).then((r) => r.json(), () => null);
      if (health === null) await new Promise((r) => setTimeout(r, 100));
    }
    expect(health, output).toMatchObject({ status: 'ok', db: 'ok' });
    const jobs = await fetch(`${url}/jobs?q=cosinero`);
    expect(jobs.status).toBe(200);
    expect(await jobs.text()).toContain('<mark>');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
