import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { EnterpriseEdit, EnterpriseInput, OrderState, ProductEdit, ProductInput } from '@solidaria/core';
import type { Database, Write } from '../database';
import { enterpriseMembers, enterprises, marketDayEnterprises, marketDays, markets, orderEvents, orderItems, orders, products, uploads } from './tables';

export type EnterpriseRow = typeof enterprises.$inferSelect;
export type ProductRow = typeof products.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;

/**
 * An enterprise and its first vendor, atomically; the member row finds it by its unique
 * slug. A null vendor: one run by nobody who signs in (demo data).
 */
export async function createEnterprise(db: Database, input: EnterpriseInput & { slug: string }, vendorId: number | null, now: Date): Promise<EnterpriseRow> {
  const writes: [Write, ...Write[]] = [db.orm.insert(enterprises).values({ ...input, createdBy: vendorId, createdAt: now })];
  if (vendorId !== null) {
    writes.push(
      db.orm.insert(enterpriseMembers).select(
        db.orm.select({ enterpriseId: enterprises.id, userId: sql<number>`${vendorId}`.as('user_id') }).from(enterprises).where(eq(enterprises.slug, input.slug)),
      ),
    );
  }
  await db.atomic(writes);
  const [row] = await db.orm.select().from(enterprises).where(eq(enterprises.slug, input.slug));
  if (!row) throw new Error('the new enterprise was not found after creation');
  return row;
}

export async function slugTaken(db: Database, slug: string): Promise<boolean> {
  const [row] = await db.orm.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.slug, slug));
  return Boolean(row);
}

export async function findEnterprise(db: Database, by: { id: number } | { slug: string }): Promise<EnterpriseRow | undefined> {
  const [row] = await db.orm.select().from(enterprises).where('id' in by ? eq(enterprises.id, by.id) : eq(enterprises.slug, by.slug));
  return row;
}

export async function isEnterpriseMember(db: Database, enterpriseId: number, userId: number): Promise<boolean> {
  const [row] = await db.orm.select({ userId: enterpriseMembers.userId }).from(enterpriseMembers).where(and(eq(enterpriseMembers.enterpriseId, enterpriseId), eq(enterpriseMembers.userId, userId)));
  return Boolean(row);
}

export async function nextProductId(db: Database): Promise<number> {
  const [row] = await db.orm.select({ id: sql<number | null>`max(${products.id})` }).from(products);
  return (row?.id ?? 0) + 1;
}

export function createProductWrite(db: Database, id: number, enterpriseId: number, input: ProductInput, currency: ProductRow['currency'], now: Date): Write {
  return db.orm.insert(products).values({ id, enterpriseId, ...input, currency, createdAt: now, updatedAt: now });
}

export async function productsOf(db: Database, enterpriseId: number, activeOnly: boolean): Promise<ProductRow[]> {
  const where = activeOnly ? and(eq(products.enterpriseId, enterpriseId), eq(products.active, true)) : eq(products.enterpriseId, enterpriseId);
  return db.orm.select().from(products).where(where).orderBy(asc(products.name));
}

export async function loadProducts(db: Database, ids: readonly number[]): Promise<ProductRow[]> {
  if (ids.length === 0) return [];
  return db.orm.select().from(products).where(inArray(products.id, [...ids]));
}

/** Markets with their coming days (from `today`, YYYY-MM-DD) and the enterprises taking part. */
export async function marketsWithDays(db: Database, today: string) {
  const [all, days, taking] = await Promise.all([
    db.orm.select().from(markets).orderBy(asc(markets.name)),
    db.orm.select().from(marketDays).where(sql`${marketDays.date} >= ${today}`).orderBy(asc(marketDays.date)),
    db.orm.select().from(marketDayEnterprises),
  ]);
  return all.map((market) => ({
    ...market,
    days: days.filter((d) => d.marketId === market.id).map((d) => ({ ...d, enterpriseIds: taking.filter((t) => t.marketDayId === d.id).map((t) => t.enterpriseId) })),
  }));
}

export async function findMarketDay(db: Database, id: number) {
  const [row] = await db.orm
    .select({ day: marketDays, market: markets })
    .from(marketDays)
    .innerJoin(markets, eq(markets.id, marketDays.marketId))
    .where(eq(marketDays.id, id));
  return row;
}

export async function takesPart(db: Database, marketDayId: number, enterpriseId: number): Promise<boolean> {
  const [row] = await db.orm.select().from(marketDayEnterprises).where(and(eq(marketDayEnterprises.marketDayId, marketDayId), eq(marketDayEnterprises.enterpriseId, enterpriseId)));
  return Boolean(row);
}

export interface NewOrder {
  publicId: string;
  enterpriseId: number;
  buyerUserId: number | null;
  buyerName: string;
  buyerPhone: string | null;
  buyerEmail: string | null;
  paymentMethod: OrderRow['paymentMethod'];
  marketDayId: number | null;
  note: string;
  totalMinor: number;
  currency: OrderRow['currency'];
  lines: { productId: number; name: string; unitPriceMinor: number; quantity: number; stocked: boolean }[];
  now: Date;
}

/**
 * An order and its stock, in one atomic unit: each stocked product's stock goes down by
 * the quantity, and the table's CHECK refuses stock below zero, so when two buyers race
 * for the last unit one transaction fails whole and nothing of it stays.
 */
export function createOrderWrites(db: Database, o: NewOrder): Write[] {
  const { lines, now, ...order } = o;
  return [
    db.orm.insert(orders).values({ ...order, state: 'pending_payment', createdAt: now, updatedAt: now }),
    ...lines.map((line) =>
      db.orm.insert(orderItems).select(
        db.orm
          .select({
            orderId: orders.id,
            productId: sql<number>`${line.productId}`.as('product_id'),
            name: sql<string>`${line.name}`.as('name'),
            unitPriceMinor: sql<number>`${line.unitPriceMinor}`.as('unit_price_minor'),
            quantity: sql<number>`${line.quantity}`.as('quantity'),
          })
          .from(orders)
          .where(eq(orders.publicId, o.publicId)),
      ),
    ),
    ...lines.filter((l) => l.stocked).map((l) => db.orm.update(products).set({ stock: sql`${products.stock} - ${l.quantity}`, updatedAt: now }).where(and(eq(products.id, l.productId), isNotNull(products.stock)))),
    db.orm.insert(orderEvents).select(
      db.orm
        .select({ id: sql<null>`null`.as('id'), orderId: orders.id, at: sql<number>`${now.getTime()}`.as('at'), actorUserId: sql<number | null>`${o.buyerUserId}`.as('actor_user_id'), fromState: sql<null>`null`.as('from_state'), toState: sql<string>`'pending_payment'`.as('to_state') })
        .from(orders)
        .where(eq(orders.publicId, o.publicId)),
    ),
  ];
}

export async function findOrder(db: Database, by: { id: number } | { publicId: string }) {
  const [order] = await db.orm.select().from(orders).where('id' in by ? eq(orders.id, by.id) : eq(orders.publicId, by.publicId));
  if (!order) return null;
  const items = await db.orm.select().from(orderItems).where(eq(orderItems.orderId, order.id));
  return { ...order, items };
}

/** A move, only from the state it was in; cancelling or refunding gives the stock back. */
export function moveOrderWrites(db: Database, order: Pick<OrderRow, 'id' | 'state'> & { items: { productId: number; quantity: number }[] }, to: OrderState, actorUserId: number | null, now: Date): Write[] {
  const writes: Write[] = [
    db.orm.update(orders).set({ state: to, updatedAt: now }).where(and(eq(orders.id, order.id), eq(orders.state, order.state))),
    db.orm.insert(orderEvents).values({ orderId: order.id, at: now, actorUserId, fromState: order.state, toState: to }),
  ];
  if (to === 'cancelled' || to === 'refunded') {
    for (const item of order.items) {
      writes.push(db.orm.update(products).set({ stock: sql`${products.stock} + ${item.quantity}`, updatedAt: now }).where(and(eq(products.id, item.productId), isNotNull(products.stock))));
    }
  }
  return writes;
}

/** The enterprise's orders, newest first, each with the market day it is for (null: at the pickup point). */
export async function ordersOfEnterprise(db: Database, enterpriseId: number) {
  const rows = await db.orm
    .select({ order: orders, day: { date: marketDays.date, opensAt: marketDays.opensAt, closesAt: marketDays.closesAt }, marketName: markets.name })
    .from(orders)
    .leftJoin(marketDays, eq(marketDays.id, orders.marketDayId))
    .leftJoin(markets, eq(markets.id, marketDays.marketId))
    .where(eq(orders.enterpriseId, enterpriseId))
    .orderBy(desc(orders.createdAt), desc(orders.id));
  return rows.map(({ order, day, marketName }) => ({ ...order, marketDay: day && marketName ? { ...day, marketName } : null }));
}

/** The enterprises a vendor runs, by name. */
export async function enterprisesOf(db: Database, userId: number): Promise<EnterpriseRow[]> {
  const rows = await db.orm
    .select({ enterprise: enterprises })
    .from(enterpriseMembers)
    .innerJoin(enterprises, eq(enterprises.id, enterpriseMembers.enterpriseId))
    .where(eq(enterpriseMembers.userId, userId))
    .orderBy(asc(enterprises.name));
  return rows.map((r) => r.enterprise);
}

export function updateEnterpriseWrite(db: Database, id: number, edit: EnterpriseEdit): Write {
  return db.orm.update(enterprises).set(edit).where(eq(enterprises.id, id));
}

export function updateProductWrite(db: Database, id: number, edit: ProductEdit, now: Date): Write {
  return db.orm.update(products).set({ ...edit, updatedAt: now }).where(eq(products.id, id));
}

export async function findProduct(db: Database, id: number): Promise<ProductRow | undefined> {
  const [row] = await db.orm.select().from(products).where(eq(products.id, id));
  return row;
}

/** The upload ids among `ids` that this person uploaded (a photo is attached only once it exists, and only by who took it). */
export async function uploadsOwnedBy(db: Database, ids: readonly string[], ownerUserId: number): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.orm.select({ id: uploads.id }).from(uploads).where(and(inArray(uploads.id, [...ids]), eq(uploads.ownerUserId, ownerUserId)));
  return rows.map((r) => r.id);
}

/** The market days an enterprise takes part in (ids). */
export async function marketDayIdsOfEnterprise(db: Database, enterpriseId: number): Promise<number[]> {
  const rows = await db.orm.select({ id: marketDayEnterprises.marketDayId }).from(marketDayEnterprises).where(eq(marketDayEnterprises.enterpriseId, enterpriseId));
  return rows.map((r) => r.id);
}

/** The coming days (from `today`, YYYY-MM-DD) of the markets of a municipality, soonest first. */
export async function comingMarketDaysIn(db: Database, municipalityId: number, today: string) {
  return db.orm
    .select({ id: marketDays.id, date: marketDays.date, opensAt: marketDays.opensAt, closesAt: marketDays.closesAt, ordersCloseHoursBefore: marketDays.ordersCloseHoursBefore, marketName: markets.name, place: markets.place })
    .from(marketDays)
    .innerJoin(markets, eq(markets.id, marketDays.marketId))
    .where(and(eq(markets.municipalityId, municipalityId), sql`${marketDays.date} >= ${today}`))
    .orderBy(asc(marketDays.date), asc(markets.name));
}

export function joinMarketDayWrite(db: Database, marketDayId: number, enterpriseId: number): Write {
  return db.orm.insert(marketDayEnterprises).values({ marketDayId, enterpriseId }).onConflictDoNothing();
}

export function leaveMarketDayWrite(db: Database, marketDayId: number, enterpriseId: number): Write {
  return db.orm.delete(marketDayEnterprises).where(and(eq(marketDayEnterprises.marketDayId, marketDayId), eq(marketDayEnterprises.enterpriseId, enterpriseId)));
}

/** Orders for a market day that the enterprise still has to hand over (not completed, cancelled or refunded). */
export async function openOrdersForDay(db: Database, marketDayId: number, enterpriseId: number): Promise<number> {
  const [row] = await db.orm
    .select({ n: sql<number>`count(*)` })
    .from(orders)
    .where(and(eq(orders.enterpriseId, enterpriseId), eq(orders.marketDayId, marketDayId), inArray(orders.state, ['pending_payment', 'paid', 'ready'])));
  return row?.n ?? 0;
}

/** The vendor's request to join the municipal programme. */
export function requestProgrammeWrite(db: Database, enterpriseId: number, now: Date): Write {
  return db.orm.update(enterprises).set({ programmeRequestedAt: now }).where(eq(enterprises.id, enterpriseId));
}

/** An officer's decision: the request is answered, and the enterprise is in the programme or not. */
export function decideProgrammeWrite(db: Database, enterpriseId: number, programme: boolean, reason: string): Write {
  return db.orm.update(enterprises).set({ programme, programmeRequestedAt: null, programmeReason: reason }).where(eq(enterprises.id, enterpriseId));
}

/** Enterprises waiting for a programme decision in the given municipalities ('*': all), oldest request first. */
export async function programmeRequests(db: Database, scope: '*' | readonly number[]): Promise<EnterpriseRow[]> {
  if (scope !== '*' && scope.length === 0) return [];
  const waiting = isNotNull(enterprises.programmeRequestedAt);
  return db.orm
    .select()
    .from(enterprises)
    .where(scope === '*' ? waiting : and(waiting, inArray(enterprises.municipalityId, [...scope])))
    .orderBy(asc(enterprises.programmeRequestedAt), asc(enterprises.id));
}

/** The people who run an enterprise. */
export async function enterpriseMemberIds(db: Database, enterpriseId: number): Promise<number[]> {
  const rows = await db.orm.select({ userId: enterpriseMembers.userId }).from(enterpriseMembers).where(eq(enterpriseMembers.enterpriseId, enterpriseId));
  return rows.map((r) => r.userId);
}
