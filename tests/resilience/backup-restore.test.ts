// Backups (issue 10, part 8): `npm run backup` while the server takes writes, then
// `npm run restore` into a fresh data folder: a server started on it has every write
// acknowledged before the backup started.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { inspect } from './consistency';
import { callJson } from './loopback-client';
import { freePort, startServer, type ServerProcess } from './server-process';
import { prepareStage, seededRandom, write, type Acknowledged } from './workload';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'solidaria-backup-'));
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const server of servers) await server.kill();
  rmSync(work, { recursive: true, force: true });
});

/** Runs one of the npm scripts' files as `npm run` would, with DATA_DIR set. */
const run = (script: 'backup' | 'restore', args: string[], dataDir: string) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(join(root, 'node_modules/.bin/tsx'), [`scripts/${script}.ts`, ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

it('backs up under write load and restores every write acknowledged before the backup started', async () => {
  const live = join(work, 'live');
  const server = await startServer(live, await freePort());
  servers.push(server);
  const stage = await prepareStage(server.url);
  const random = seededRandom(10);

  // Each acknowledged write with when it was sent and when its answer came.
  const acknowledged: { ack: Acknowledged; sent: number; at: number }[] = [];
  let next = 0;
  let writing = true;
  const writer = async () => {
    while (writing) {
      const sent = Date.now();
      const acks = await write(server.url, stage, next++, 'backup', random);
      const at = Date.now();
      acknowledged.push(...acks.map((ack) => ({ ack, sent, at })));
    }
  };
  const writers = Array.from({ length: 4 }, writer);
  while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 20));

  const backupStarted = Date.now();
  const backup = await run('backup', ['--out', join(work, 'backups')], live);
  const backupEnded = Date.now();
  const writtenDuringBackup = acknowledged.filter((a) => a.at > backupStarted).length;
  // The server still answers while the copy is taken, and writes go on.
  while (acknowledged.filter((a) => a.at > backupStarted).length < writtenDuringBackup + 20) await new Promise((r) => setTimeout(r, 20));
  expect(backup.code, backup.stderr).toBe(0);
  const file = backup.stdout.match(/Backup written: (\S+\.db) \(/)?.[1];
  expect(file && existsSync(file), backup.stdout).toBe(true);
  expect(readdirSync(join(work, 'backups'))).toEqual([file!.split('/').at(-1)]);
  expect(backup.stdout).toContain(`${statSync(file!).size} bytes`);
  expect(statSync(file!).mode & 0o777, 'only its owner may read a backup').toBe(0o600);

  // A restore refuses while the server has the database open, and a file that is not a backup.
  const refused = await run('restore', [file!], live);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toContain('in use');
  const junk = join(work, 'not-a-backup.db');
  writeFileSync(junk, 'SQLite format 3\0 but not really');
  const junkRestore = await run('restore', [junk], join(work, 'elsewhere'));
  expect(junkRestore.code).toBe(1);
  expect(junkRestore.stderr).toMatch(/Restore failed: .*not-a-backup\.db/);

  writing = false;
  await Promise.all(writers);
  expect(await server.stop()).toBe(0);

  const fresh = join(work, 'restored');
  const restore = await run('restore', [file!], fresh);
  expect(restore.code, restore.stderr).toBe(0);
  const restored = await startServer(fresh, await freePort());
  servers.push(restored);
  const beforeBackup = acknowledged.filter((a) => a.at <= backupStarted).map((a) => a.ack);
  const offer = beforeBackup.find((a): a is Extract<Acknowledged, { kind: 'offer' }> => a.kind === 'offer' && a.status === 'published');
  const found = (await callJson(restored.url, 'GET', `/api/offers?q=${offer!.reference}`)).body as { results: { id: number }[] };
  expect(found.results.map((r) => r.id)).toContain(offer!.id);
  expect(await restored.stop()).toBe(0);

  const findings = await inspect(fresh, beforeBackup, stage);
  console.log(
    `backup: ${file} (${statSync(file!).size} bytes); ${beforeBackup.length} writes acknowledged before it started, ${writtenDuringBackup} while it ran, ` +
      `${acknowledged.length} in all; integrity_check ${findings.integrity}`,
  );
  expect(findings).toMatchObject({ integrity: 'ok', lost: [], halfWritten: [], indexMismatches: [] });
  expect(beforeBackup.length).toBeGreaterThanOrEqual(60);
  // A copy of one moment: nothing sent after the backup ended is in it.
  const afterBackup = acknowledged.filter((a) => a.sent > backupEnded).map((a) => a.ack);
  expect(afterBackup.length).toBeGreaterThan(0);
  expect((await inspect(fresh, afterBackup, stage)).lost).toHaveLength(afterBackup.length);

  // Restoring over an existing database keeps the one it replaces.
  const again = await run('restore', [file!], fresh);
  expect(again.code, again.stderr).toBe(0);
  expect(readdirSync(fresh).filter((f) => f.startsWith('solidaria.db.before-restore-'))).toHaveLength(1);
}, 180_000);
