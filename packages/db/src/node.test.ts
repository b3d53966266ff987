import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from './node';
import { municipalities } from './schema';
import type { Database } from './database';

describe('the SQLite database on better-sqlite3', () => {
  let dir: string;
  let db: Database;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'solidaria-db-'));
    db = openSqliteDatabase(join(dir, 'test.db'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens a file in WAL mode with foreign keys, a busy timeout and full sync', () => {
    const pragma = (name: string) => db.orm.get<Record<string, unknown>>(sql.raw(`pragma ${name}`));
    expect(pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
    expect(pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
    expect(pragma('busy_timeout')).toEqual({ timeout: 5000 });
    expect(pragma('synchronous')).toEqual({ synchronous: 2 });
  });

  it('applies the migrations once, so reopening the same file changes nothing', async () => {
    const before = await db.orm.select().from(municipalities);
    db.close();
    db = openSqliteDatabase(join(dir, 'test.db'));
    const after = await db.orm.select().from(municipalities);
    expect(after).toEqual(before);
    expect(after.length).toBeGreaterThanOrEqual(9);
  });

  it('writes a group atomically: when one write fails, none of them lands', async () => {
    const rename = db.orm.update(municipalities).set({ name: 'Upala (renamed)' }).where(eq(municipalities.slug, 'upala'));
    const duplicate = db.orm.insert(municipalities).values({
      slug: 'los-chiles', name: 'Duplicate', country: 'CR', currency: 'CRC', timeZone: 'America/Costa_Rica',
    });
    await expect(db.atomic([rename, duplicate])).rejects.toThrow(/UNIQUE/);
    const [upala] = await db.orm.select().from(municipalities).where(eq(municipalities.slug, 'upala'));
    expect(upala?.name).toBe('Upala');
  });

  it('answers a ping while open and reports failure once closed', async () => {
    expect(await db.ping()).toBe(true);
    db.close();
    expect(await db.ping()).toBe(false);
  });
});
