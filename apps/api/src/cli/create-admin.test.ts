import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findUserByIdentifier, listGrants } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'solidaria-admin-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function createAdmin(args: string[], password: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = execFile(join(root, 'node_modules/.bin/tsx'), ['apps/api/src/cli/create-admin.ts', ...args], {
      cwd: root, env: { ...process.env, DATA_DIR: dataDir },
    }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }));
    child.stdin?.end(`${password}\n`);
  });
}

describe('npm run admin:create', () => {
  it('creates the first admin with an argon2id hash and the admin role', async () => {
    const result = await createAdmin(['--email', 'Jefa@Upala.go.cr', '--name', 'Ana Pérez'], 'una-clave-larga-de-upala');
    expect(result.code).toBe(0);
    expect(result.out).not.toContain('una-clave-larga-de-upala');
    const db = openSqliteDatabase(join(dataDir, 'solidaria.db'));
    const admin = await findUserByIdentifier(db, { kind: 'email', value: 'jefa@upala.go.cr' });
    expect(admin?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await listGrants(db, admin!.id)).toEqual([{ role: 'admin', municipalityId: null }]);
    db.close();
  });

  it('refuses a password shorter than 12 characters for an admin and creates nothing', async () => {
    const result = await createAdmin(['--email', 'corta@upala.go.cr', '--name', 'Corta'], 'corta-123');
    expect(result.code).toBe(1);
    expect(result.out).toContain('too short');
    const db = openSqliteDatabase(join(dataDir, 'solidaria.db'));
    expect(await findUserByIdentifier(db, { kind: 'email', value: 'corta@upala.go.cr' })).toBeUndefined();
    db.close();
  });
});
