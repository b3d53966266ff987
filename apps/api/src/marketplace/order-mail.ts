import { enqueueEmailWrite, type Database, type Write } from '@solidaria/db';

// A guest buyer has no account and so no language: the message is in both. Like the other
// notifications it names nothing but the enterprise the buyer chose and the link.
const READY = {
  subject: 'Solidaria: su pedido está listo / your order is ready',
  body: (enterprise: string, link: string) =>
    `Su pedido a ${enterprise} está listo para recoger.\nYour order from ${enterprise} is ready for pickup.\n\n${link}\n`,
};

/** The buyer's e-mail (when they gave one) that their order is ready for pickup, through the outbox. */
export function orderReadyMailWrites(db: Database, order: { publicId: string; buyerEmail: string | null }, enterpriseName: string, publicOrigin: string, now: Date): Write[] {
  if (!order.buyerEmail) return [];
  return [enqueueEmailWrite(db, { recipient: order.buyerEmail, subject: READY.subject, body: READY.body(enterpriseName, `${publicOrigin}/orders/${order.publicId}`) }, now)];
}
