import BetterSqlite3 from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from '../node';

// Migration 0017 brings profiles saved before visibility and the consent to share were
// kept together in line: after it, a profile is shown to employers exactly when that
// consent stands.

const BREAKPOINT = '--> statement-breakpoint';
const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
const statementsOf = (tag: string) => readFileSync(join(migrationsFolder, `${tag}.sql`), 'utf8').split(BREAKPOINT).map((s) => s.trim()).filter(Boolean);
const backfill = journal.entries.findIndex((e) => e.tag === '0017_consent-backfill');

interface Person {
  visibility: 'hidden' | 'anonymous' | 'visible';
  /** Who chose the current visibility, as the audit log has it, and when. */
  chosenBy?: 'self' | 'someone else';
  /** A consent record already there: granted at 5 ms, and withdrawn at `withdrawnAt` if given. */
  consent?: { withdrawnAt: number | null };
  email?: string;
}

const PEOPLE: Record<string, Person> = {
  choseAnonymous: { visibility: 'anonymous', chosenBy: 'self' },
  choseVisible: { visibility: 'visible', chosenBy: 'self' },
  neverChose: { visibility: 'anonymous' },
  visibleByAnother: { visibility: 'visible', chosenBy: 'someone else' },
  hidden: { visibility: 'hidden', chosenBy: 'self' },
  alreadyConsented: { visibility: 'visible', consent: { withdrawnAt: null } },
  withdrewBefore: { visibility: 'anonymous', consent: { withdrawnAt: 6 } },
  // The n-th person's choice is in the audit log at n × 1,000 ms.
  withdrewAfterChoosing: { visibility: 'anonymous', chosenBy: 'self', consent: { withdrawnAt: 9_500 } },
  choseAfterWithdrawing: { visibility: 'visible', chosenBy: 'self', consent: { withdrawnAt: 6 } },
  demoPerson: { visibility: 'visible', email: 'persona3@demo.solidaria.test' },
};

function afterBackfill() {
  const client = new BetterSqlite3(':memory:');
  try {
    for (const entry of journal.entries.slice(0, backfill)) for (const statement of statementsOf(entry.tag)) client.exec(statement);
    const names = Object.keys(PEOPLE);
    names.forEach((name, i) => {
      const id = i + 1;
      const person = PEOPLE[name]!;
      client.prepare("INSERT INTO users (id, email, display_name, language, password_hash, created_at) VALUES (?, ?, ?, 'es', 'x', 0)").run(id, person.email ?? `${name}@example.org`, name);
      client
        .prepare("INSERT INTO seeker_profiles (user_id, headline, municipality_id, birth_date, availability, work_authorization, visibility, created_at, updated_at) VALUES (?, '', 1, '1990-01-01', '{}', 'refugee', ?, 77, 77)")
        .run(id, person.visibility);
      if (person.chosenBy) {
        client.prepare("INSERT INTO audit_log (at, actor_user_id, action, subject_type, subject_id) VALUES (?, ?, ?, 'user', ?)").run(1_000 * id, person.chosenBy === 'self' ? id : null, `profile.visibility.${person.visibility}`, String(id));
      }
      if (person.consent) {
        client
          .prepare("INSERT INTO consents (user_id, purpose, notice_version, granted_at, withdrawn_at) VALUES (?, 'share_profile_with_employers', '2026-11', 5, ?)")
          .run(id, person.consent.withdrawnAt);
      }
    });
    for (const statement of statementsOf(journal.entries[backfill]!.tag)) client.exec(statement);
    const visibility = client.prepare('SELECT visibility FROM seeker_profiles WHERE user_id = ?').pluck();
    const consents = client.prepare("SELECT granted_at AS grantedAt, withdrawn_at AS withdrawnAt FROM consents WHERE user_id = ? AND purpose = 'share_profile_with_employers' ORDER BY id");
    return Object.fromEntries(names.map((name, i) => [name, { visibility: visibility.get(i + 1), consents: consents.all(i + 1) }]));
  } finally {
    client.close();
  }
}

describe('the migration that put visibility and the consent to share in step', () => {
  const after = afterBackfill();

  it('records the consent of those who chose to be shown themselves, at the time of their choice', () => {
    expect(after.choseAnonymous).toEqual({ visibility: 'anonymous', consents: [{ grantedAt: 1_000, withdrawnAt: null }] });
    expect(after.choseVisible).toEqual({ visibility: 'visible', consents: [{ grantedAt: 2_000, withdrawnAt: null }] });
  });

  it('hides those shown without ever agreeing themselves, and those who had withdrawn the consent', () => {
    expect(after.neverChose).toEqual({ visibility: 'hidden', consents: [] });
    expect(after.visibleByAnother).toEqual({ visibility: 'hidden', consents: [] });
    expect(after.withdrewBefore).toEqual({ visibility: 'hidden', consents: [{ grantedAt: 5, withdrawnAt: 6 }] });
    expect(after.withdrewAfterChoosing).toEqual({ visibility: 'hidden', consents: [{ grantedAt: 5, withdrawnAt: 9_500 }] });
  });

  it('records the consent of someone who chose to be shown after withdrawing it, and of the demo’s invented people', () => {
    expect(after.choseAfterWithdrawing).toEqual({ visibility: 'visible', consents: [{ grantedAt: 5, withdrawnAt: 6 }, { grantedAt: 9_000, withdrawnAt: null }] });
    expect(after.demoPerson).toEqual({ visibility: 'visible', consents: [{ grantedAt: 77, withdrawnAt: null }] });
  });

  it('leaves alone the hidden and those whose consent already stood', () => {
    expect(after.hidden).toEqual({ visibility: 'hidden', consents: [] });
    expect(after.alreadyConsented).toEqual({ visibility: 'visible', consents: [{ grantedAt: 5, withdrawnAt: null }] });
  });

  it('leaves every profile shown exactly when its consent stands', () => {
    for (const [name, { visibility, consents }] of Object.entries(after)) {
      const standing = (consents as { withdrawnAt: number | null }[]).some((c) => c.withdrawnAt === null);
      expect(standing, name).toBe(visibility !== 'hidden');
    }
  });
});
