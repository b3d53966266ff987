// Backing up and restoring the SQLite database with SQLite's online backup API: used by
// `npm run backup` and `npm run restore` (scripts/backup.ts, scripts/restore.ts).
// The search tables (FTS5) live in the same file, so a backup holds them too.
import BetterSqlite3 from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export class BackupError extends Error {
  override name = 'BackupError';
}

/** The database file inside a data folder, as the server names it (apps/api/src/node-services.ts). */
export const databaseFileIn = (dataDir: string) => join(dataDir, 'solidaria.db');

/** 2026-11-27T18:05:09.123Z → 2026-11-27T18-05-09-123Z: sortable, and legal in every file system. */
export const fileStamp = (at: Date) => at.toISOString().replace(/[:.]/g, '-');

// The backup copies every remaining page in one step, inside one read transaction: in WAL
// mode the server keeps writing meanwhile, and the copy is the database as of that moment.
// (Small steps would restart each time the server writes, and might never finish.)
const ALL_PAGES = 0x7fffffff;

/** Makes a file's content and its name in the folder survive a power cut. */
function syncToDisk(file: string): void {
  for (const path of [file, dirname(file)]) {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
}

/** Copies `source` into a new file `target` (which must not exist), as one consistent snapshot. */
async function copyDatabase(source: string, target: string, openSource: BetterSqlite3.Options): Promise<void> {
  const from = new BetterSqlite3(source, openSource);
  try {
    from.pragma('busy_timeout = 5000');
    await from.backup(target, { progress: () => ALL_PAGES });
  } finally {
    from.close();
  }
  // A backup is one self-contained file: no write-ahead log beside it.
  const copy = new BetterSqlite3(target);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
}

/**
 * Writes a consistent copy of the live database into `outDir`, named with the UTC time
 * it started. The file appears under its final name only when complete and checked.
 */
export async function backupDatabase(databaseFile: string, outDir: string, at: Date = new Date()): Promise<BackupResult> {
  if (!existsSync(databaseFile)) throw new BackupError(`There is no database at ${databaseFile}. Is DATA_DIR right?`);
  // Backups hold everyone's personal data: readable by the server's user only.
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const file = join(outDir, `solidaria-${fileStamp(at)}.db`);
  if (existsSync(file)) throw new BackupError(`${file} exists already; not overwriting it.`);
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    await copyDatabase(databaseFile, partial, { fileMustExist: true });
    checkBackup(partial);
    chmodSync(partial, 0o600);
    syncToDisk(partial);
    renameSync(partial, file);
    syncToDisk(file);
  } catch (error) {
    rmSync(partial, { force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`The backup of ${databaseFile} failed: ${(error as Error).message}`);
  }
  return { file, bytes: statSync(file).size };
}

/** The migrations this code knows, by the time drizzle-kit wrote them. */
function knownMigrationTimes(migrationsFolder: string): number[] {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { when: number }[] };
  return journal.entries.map((e) => e.when);
}

/**
 * Refuses a file that is not a sound Solidaria database: not SQLite, damaged
 * (integrity_check), without our migrations table, or made by a newer version.
 */
export function checkBackup(file: string, migrationsFolder?: string): void {
  if (!existsSync(file)) throw new BackupError(`There is no file at ${file}.`);
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} cannot be opened as a SQLite database: ${(error as Error).message}`);
  }
  try {
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (error) {
      throw new BackupError(`${file} is not a usable SQLite database: ${(error as Error).message}`);
    }
    if (problems.join() !== 'ok') throw new BackupError(`${file} is damaged (integrity_check: ${problems.slice(0, 5).join('; ')}).`);
    const hasMigrations = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`).get();
    if (!hasMigrations) throw new BackupError(`${file} is a SQLite database, but not Solidaria's: it has no migrations table.`);
    const applied = db.prepare('SELECT created_at AS at FROM __drizzle_migrations').all() as { at: number }[];
    if (applied.length === 0) throw new BackupError(`${file} has no migrations applied: it is not a Solidaria database.`);
    if (migrationsFolder) {
      const newest = Math.max(...knownMigrationTimes(migrationsFolder));
      if (applied.some((m) => Number(m.at) > newest)) {
        throw new BackupError(`${file} was made by a newer version of Solidaria (it has migrations this version does not know); restore it with that version.`);
      }
    }
  } finally {
    db.close();
  }
}

/**
 * Fails when another process (a running server) has the database open. Every connection
 * to a WAL database holds a shared lock on it while open, even when idle, so an exclusive
 * lock is only granted when no one else has it open. Runs `whileLocked` holding the lock.
 */
function withDatabaseToItself<T>(databaseFile: string, whileLocked: () => T): T {
  const db = new BetterSqlite3(databaseFile, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('locking_mode = EXCLUSIVE');
    try {
      db.exec('BEGIN EXCLUSIVE');
      db.exec('COMMIT');
      db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
        throw new BackupError(`${databaseFile} is in use, most likely by the running server. Stop Solidaria first, then restore.`);
      }
      throw error;
    }
    return whileLocked();
  } finally {
    // Closing the last connection writes the log back into the file and removes it.
    db.close();
  }
}

export interface RestoreResult {
  /** Where the database that was replaced now is; none when there was none. */
  previous?: string;
}

/**
 * Puts the backup `file` in place of `databaseFile`, which must not be in use. The replaced
 * database (and its log, if any) is kept beside it as `.before-restore-<time>`. The search
 * tables come back with the data: nothing needs rebuilding.
 */
export async function restoreDatabase(file: string, databaseFile: string, migrationsFolder: string, at: Date = new Date()): Promise<RestoreResult> {
  checkBackup(file, migrationsFolder);
  mkdirSync(dirname(databaseFile), { recursive: true });
  const incoming = `${databaseFile}.restoring`;
  rmSync(incoming, { force: true });
  await copyDatabase(file, incoming, { readonly: true, fileMustExist: true });
  syncToDisk(incoming);
  try {
    let previous: string | undefined;
    if (existsSync(databaseFile)) {
      withDatabaseToItself(databaseFile, () => undefined);
      previous = `${databaseFile}.before-restore-${fileStamp(at)}`;
      for (const suffix of ['', '-wal', '-shm']) {
        if (existsSync(`${databaseFile}${suffix}`)) renameSync(`${databaseFile}${suffix}`, `${previous}${suffix}`);
      }
    }
    renameSync(incoming, databaseFile);
    syncToDisk(databaseFile);
    return previous ? { previous } : {};
  } finally {
    rmSync(incoming, { force: true });
  }
}

export const describeBytes = (bytes: number) =>
  bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
