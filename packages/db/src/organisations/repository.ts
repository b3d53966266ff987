import { and, eq } from 'drizzle-orm';
import type { Database } from '../database';
import { organisationMembers, organisations } from './tables';

/** Whether the person manages an organisation the municipal office has verified. */
export async function isVerifiedEmployer(db: Database, userId: number): Promise<boolean> {
  const [row] = await db.orm
    .select({ id: organisations.id })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(and(eq(organisationMembers.userId, userId), eq(organisations.verification, 'verified')))
    .limit(1);
  return Boolean(row);
}
