import { eq } from 'drizzle-orm';
import type { Database, Write } from '../database';
import { orders, paymentEvents } from './tables';

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
