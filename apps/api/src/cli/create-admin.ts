// `npm run admin:create -- --email ana@muni.go.cr --name "Ana Pérez"`: the first admin.
// The password is typed at the prompt (or piped in); the authenticator (TOTP) is set up
// at the first sign-in, which shows its secret once.
import { parseArgs } from 'node:util';
import { parseIdentifier, passwordProblem } from '@solidaria/core';
import { auditWrite, createUser, findUserByIdentifier } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { nodePasswordHasher } from '../auth/argon2-node';
import { PASSWORD_MESSAGES } from '../auth/register-routes';
import { ConfigError, loadConfig } from '../config';
import { readSecret } from './read-secret';

const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

try {
  const { values } = parseArgs({ options: { email: { type: 'string' }, phone: { type: 'string' }, name: { type: 'string' } } });
  const identifier = parseIdentifier(values.email ?? values.phone ?? '');
  if (!identifier) fail('Give --email ADDRESS (or --phone +E164) and --name "Full name".');
  if (!values.name?.trim()) fail('Give --name "Full name".');
  const config = loadConfig();
  mkdirSync(config.dataDir, { recursive: true });
  const db = openSqliteDatabase(join(config.dataDir, 'solidaria.db'));
  if (await findUserByIdentifier(db, identifier!)) fail('An account with this e-mail or phone already exists.');

  const grants = [{ role: 'admin' as const, municipalityId: null }];
  const password = await readSecret('Password (at least 12 characters): ');
  const problem = passwordProblem(password, grants);
  if (problem) fail(PASSWORD_MESSAGES[problem]);
  if (process.stdin.isTTY && (await readSecret('Again: ')) !== password) fail('The two passwords differ.');

  const now = new Date();
  const admin = await createUser(db, {
    identifier: identifier!, displayName: values.name!.trim(), language: 'es',
    passwordHash: await nodePasswordHasher.hash(password), municipalityId: null, grants, now,
  });
  await db.atomic([auditWrite(db, { at: now, actorUserId: null, action: 'role.granted', subjectType: 'user', subjectId: admin.id, details: { role: 'admin', by: 'command line' } })]);
  db.close();
  process.stdout.write(`Admin ${identifier!.value} created. Sign in at /login; the first sign-in sets up the authenticator app.\n`);
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}
