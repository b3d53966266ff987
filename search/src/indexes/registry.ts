import { asc, count, gt } from 'drizzle-orm';
import { schema, type Database } from '@solidaria/db';
import type { IndexDefinition } from '../definition';
import type { SearchDocument } from '../port';
import { countActiveProducts, countEnterprises, enterpriseDocumentsPage, productDocumentsPage } from './marketplace-documents';
import { enterprisesIndex, productsIndex } from './marketplace';
import { countPublicOffers, offerDocumentsPage } from './offer-documents';
import { offersIndex } from './offers';
import { countOfferedProfiles, profileDocumentsPage } from './profile-documents';
import { profilesIndex } from './profiles';
import { occupationsIndex, skillsIndex } from './taxonomy';
import { occupationDocument, skillDocument } from './taxonomy-documents';

/** An index and where its documents come from in the database. */
export interface IndexSource {
  definition: IndexDefinition;
  /** Up to `limit` documents with ids above `afterId`, in id order. */
  page(db: Database, afterId: number, limit: number): Promise<SearchDocument[]>;
  count(db: Database): Promise<number>;
}

export const INDEX_SOURCES: readonly IndexSource[] = [
  {
    definition: occupationsIndex,
    page: async (db, afterId, limit) =>
      (await db.orm.select().from(schema.occupations).where(gt(schema.occupations.id, afterId)).orderBy(asc(schema.occupations.id)).limit(limit)).map(occupationDocument),
    count: async (db) => (await db.orm.select({ n: count() }).from(schema.occupations))[0]?.n ?? 0,
  },
  {
    definition: skillsIndex,
    page: async (db, afterId, limit) =>
      (await db.orm.select().from(schema.skills).where(gt(schema.skills.id, afterId)).orderBy(asc(schema.skills.id)).limit(limit)).map(skillDocument),
    count: async (db) => (await db.orm.select({ n: count() }).from(schema.skills))[0]?.n ?? 0,
  },
  {
    definition: profilesIndex,
    // The query keeps only profiles employers may find, so every page it returns is full.
    page: (db, afterId, limit) => profileDocumentsPage(db, afterId, limit),
    count: (db) => countOfferedProfiles(db),
  },
  {
    definition: offersIndex,
    page: (db, afterId, limit) => offerDocumentsPage(db, afterId, limit),
    count: (db) => countPublicOffers(db),
  },
  { definition: enterprisesIndex, page: enterpriseDocumentsPage, count: countEnterprises },
  { definition: productsIndex, page: productDocumentsPage, count: countActiveProducts },
];

export const INDEXES: readonly IndexDefinition[] = INDEX_SOURCES.map((s) => s.definition);
