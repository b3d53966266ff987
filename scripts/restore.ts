// `npm run restore -- <file>`: checks a backup and puts it in place of the database in
// DATA_DIR, keeping the replaced one as solidaria.db.before-restore-<time>. Refuses while
// the server has the database open: stop it first, start it again afterwards.
import { loadConfig } from '@solidaria/api/config';
import { migrationsFolder } from '@solidaria/db/node';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, databaseFileIn, restoreDatabase } from './sqlite-backup';

try {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new BackupError('Name one backup file: npm run restore -- data/backups/solidaria-<time>.db');
  const file = resolve(positionals[0]!);
  const database = databaseFileIn(loadConfig().dataDir);
  const { previous } = await restoreDatabase(file, database, migrationsFolder);
  process.stdout.write(`Restored ${file} into ${database}.\n`);
  if (previous) process.stdout.write(`The database it replaced is kept as ${previous}.\n`);
  process.stdout.write('Start Solidaria again (npm start); it applies any newer migrations at start.\n');
} catch (error) {
  process.stderr.write(`Restore failed: ${(error as Error).message}\n`);
  process.exit(1);
}
