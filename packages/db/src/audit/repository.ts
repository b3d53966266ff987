import { and, desc, eq } from 'drizzle-orm';
import type { Database, Write } from '../database';
import { auditLog } from './table';

export interface AuditEntry {
  at: Date;
  actorUserId: number | null;
  action: string;
  subjectType?: string | null;
  subjectId?: string | number | null;
  requestId?: string | null;
  details?: Record<string, unknown> | null;
}

export type AuditRow = typeof auditLog.$inferSelect;

/** An audit entry as a write, to go in the same atomic unit as what it records. */
export function auditWrite(db: Database, entry: AuditEntry): Write {
  return db.orm.insert(auditLog).values({
    at: entry.at,
    actorUserId: entry.actorUserId,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId === null || entry.subjectId === undefined ? null : String(entry.subjectId),
    requestId: entry.requestId ?? null,
    details: entry.details ?? null,
  });
}

export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  await db.atomic([auditWrite(db, entry)]);
}

export async function listAuditBySubject(db: Database, subjectType: string, subjectId: string | number): Promise<AuditRow[]> {
  return db.orm
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, subjectType), eq(auditLog.subjectId, String(subjectId))))
    .orderBy(desc(auditLog.id));
}
