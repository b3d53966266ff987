import { and, asc, count, eq, gt } from 'drizzle-orm';
import { productsOf, schema, type Database, type EnterpriseRow, type ProductRow } from '@solidaria/db';
import { priceRangeOf } from '@solidaria/core';
import type { SearchDocument } from '../port';

async function marketDayIdsOf(db: Database, enterpriseId: number): Promise<number[]> {
  const rows = await db.orm.select({ id: schema.marketDayEnterprises.marketDayId }).from(schema.marketDayEnterprises).where(eq(schema.marketDayEnterprises.enterpriseId, enterpriseId));
  return rows.map((r) => r.id);
}

export async function enterpriseDocument(db: Database, enterprise: EnterpriseRow): Promise<SearchDocument> {
  const products = await productsOf(db, enterprise.id, true);
  return {
    id: enterprise.id,
    slug: enterprise.slug,
    name: enterprise.name,
    productNames: products.map((p) => p.name),
    description: enterprise.description,
    municipalityId: enterprise.municipalityId,
    category: enterprise.category,
    programme: enterprise.programme,
    marketDayIds: await marketDayIdsOf(db, enterprise.id),
  };
}

/** A product as the products index holds it, or null when it is not for sale. */
export async function productDocument(db: Database, product: ProductRow, enterprise: EnterpriseRow): Promise<SearchDocument | null> {
  if (!product.active) return null;
  return {
    id: product.id,
    name: product.name,
    enterpriseName: enterprise.name,
    enterpriseSlug: enterprise.slug,
    description: product.description,
    municipalityId: enterprise.municipalityId,
    category: product.category,
    enterpriseId: enterprise.id,
    priceMinor: product.priceMinor,
    priceRange: priceRangeOf(product.currency, product.priceMinor),
    currency: product.currency,
    marketDayIds: await marketDayIdsOf(db, enterprise.id),
  };
}

export async function enterpriseDocumentsPage(db: Database, afterId: number, limit: number): Promise<SearchDocument[]> {
  const rows = await db.orm.select().from(schema.enterprises).where(gt(schema.enterprises.id, afterId)).orderBy(asc(schema.enterprises.id)).limit(limit);
  return Promise.all(rows.map((row) => enterpriseDocument(db, row)));
}

export async function productDocumentsPage(db: Database, afterId: number, limit: number): Promise<SearchDocument[]> {
  const rows = await db.orm
    .select({ product: schema.products, enterprise: schema.enterprises })
    .from(schema.products)
    .innerJoin(schema.enterprises, eq(schema.enterprises.id, schema.products.enterpriseId))
    .where(and(gt(schema.products.id, afterId), eq(schema.products.active, true)))
    .orderBy(asc(schema.products.id))
    .limit(limit);
  const documents: SearchDocument[] = [];
  for (const { product, enterprise } of rows) {
    const doc = await productDocument(db, product, enterprise);
    if (doc) documents.push(doc);
  }
  return documents;
}

export const countEnterprises = async (db: Database) => (await db.orm.select({ n: count() }).from(schema.enterprises))[0]?.n ?? 0;
export const countActiveProducts = async (db: Database) => (await db.orm.select({ n: count() }).from(schema.products).where(eq(schema.products.active, true)))[0]?.n ?? 0;
