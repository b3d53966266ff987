// `npm run outbox`: the e-mails waiting in the outbox, for a machine without SMTP_URL
// (a quick start, or an office that reads reset links to people itself).
import { join } from 'node:path';
import { dueMessages } from '@solidaria/db';
import { openSqliteDatabase } from '@solidaria/db/node';
import { ConfigError, loadConfig } from '../config';

try {
  const config = loadConfig();
  const db = openSqliteDatabase(join(config.dataDir, 'solidaria.db'));
  const waiting = await dueMessages(db, new Date(8.64e15), 50);
  if (waiting.length === 0) process.stdout.write('The outbox is empty.\n');
  for (const mail of waiting) {
    process.stdout.write(`--- #${mail.id} ${mail.createdAt.toISOString()} to ${mail.recipient}\nSubject: ${mail.subject}\n\n${mail.body}\n\n`);
  }
  db.close();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
