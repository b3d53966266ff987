import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Raises `count` possible-duplicate flags between seekers of the municipality of the
 * newest flag, straight in the running server's database (registering that many people
 * through the pages would take minutes): enough of a queue to need a second page.
 */
export function raiseDuplicateFlags(dataDir: string, count: number) {
  const db = new Database(join(dataDir, 'solidaria.db'), { fileMustExist: true, timeout: 5000 });
  try {
    const { municipality } = db.prepare('SELECT municipality_id AS municipality FROM duplicate_flags ORDER BY id DESC LIMIT 1').get() as { municipality: number };
    const seekers = (db.prepare('SELECT user_id AS id FROM seeker_profiles WHERE municipality_id = ? ORDER BY user_id').all(municipality) as { id: number }[]).map((s) => s.id);
    const pairs = seekers.flatMap((newer) => seekers.filter((older) => older < newer).map((older) => [newer, older] as const));
    const insert = db.prepare(
      "INSERT OR IGNORE INTO duplicate_flags (user_id, similar_user_id, municipality_id, reason, created_at) VALUES (?, ?, ?, 'similar_name_same_birth_year', ?)",
    );
    let raised = 0;
    db.transaction(() => {
      for (const [newer, older] of pairs) {
        if (raised === count) break;
        raised += insert.run(newer, older, municipality, Date.now()).changes;
      }
    })();
    if (raised < count) throw new Error(`only ${raised} of ${count} flags could be raised in municipality ${municipality}`);
  } finally {
    db.close();
  }
}
