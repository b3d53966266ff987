import { asc, eq } from 'drizzle-orm';
import type { Municipality } from '@solidaria/core';
import type { Database } from '../database';
import { municipalities } from './table';

/** Every municipality, by country and then by name. */
export async function listMunicipalities(db: Database): Promise<Municipality[]> {
  return db.orm
    .select()
    .from(municipalities)
    .orderBy(asc(municipalities.country), asc(municipalities.name));
}

export async function findMunicipalityBySlug(db: Database, slug: string): Promise<Municipality | undefined> {
  const [row] = await db.orm.select().from(municipalities).where(eq(municipalities.slug, slug)).limit(1);
  return row;
}

export async function findMunicipality(db: Database, id: number): Promise<Municipality | undefined> {
  const [row] = await db.orm.select().from(municipalities).where(eq(municipalities.id, id)).limit(1);
  return row;
}
