import { and, asc, eq, isNull } from 'drizzle-orm';
import type { OrderState } from '@solidaria/core';
import type { Database, Write } from '../database';
import { enterprises, orderEvents, orders, paymentEvents } from './tables';

/** Records a provider event; a second delivery of the same id fails the atomic unit it is in (UNIQUE), so its effect happens once. */
export function paymentEventWrite(db: Database, event: { id: string; type: string; orderId: number | null }, at: Date): Write {
  return db.orm.insert(paymentEvents).values({ id: event.id, type: event.type, orderId: event.orderId, receivedAt: at });
}

export async function paymentEventSeen(db: Database, id: string): Promise<boolean> {
  const [row] = await db.orm.select({ id: paymentEvents.id }).from(paymentEvents).where(eq(paymentEvents.id, id));
  return Boolean(row);
}

export function setCheckoutSessionWrite(db: Database, orderId: number, sessionId: string): Write {
  return db.orm.update(orders).set({ stripeSessionId: sessionId }).where(eq(orders.id, orderId));
}

/** The enterprise's Stripe Connect account, kept once made (one account per enterprise). */
export function setStripeAccountWrite(db: Database, enterpriseId: number, accountId: string): Write {
  return db.orm.update(enterprises).set({ stripeAccountId: accountId }).where(and(eq(enterprises.id, enterpriseId), isNull(enterprises.stripeAccountId)));
}

/** What Stripe last said (account.updated) about whether the account may take card charges. */
export function setChargesEnabledWrite(db: Database, accountId: string, chargesEnabled: boolean): Write {
  return db.orm.update(enterprises).set({ stripeChargesEnabled: chargesEnabled }).where(eq(enterprises.stripeAccountId, accountId));
}

/** An order's moves, oldest first: when, from which state to which. */
export async function orderHistory(db: Database, orderId: number): Promise<{ at: Date; fromState: OrderState | null; toState: OrderState }[]> {
  return db.orm
    .select({ at: orderEvents.at, fromState: orderEvents.fromState, toState: orderEvents.toState })
    .from(orderEvents)
    .where(eq(orderEvents.orderId, orderId))
    .orderBy(asc(orderEvents.at), asc(orderEvents.id));
}
