// `npm run backup [-- --out <folder>]`: a consistent copy of the live database, taken with
// SQLite's online backup API while the server keeps serving, into DATA_DIR/backups.
import { loadConfig } from '@solidaria/api/config';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, databaseFileIn, describeBytes } from './sqlite-backup';

try {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const { dataDir } = loadConfig();
  const { file, bytes } = await backupDatabase(databaseFileIn(dataDir), values.out ? resolve(values.out) : join(dataDir, 'backups'));
  process.stdout.write(`Backup written: ${file} (${describeBytes(bytes)}, ${bytes} bytes)\n`);
} catch (error) {
  process.stderr.write(`Backup failed: ${(error as Error).message}\n`);
  process.exit(1);
}
