import { z } from 'zod';
import { paymentMethods } from './enterprise';

export const orderStates = ['pending_payment', 'paid', 'ready', 'completed', 'cancelled', 'refunded'] as const;
export type OrderState = (typeof orderStates)[number];
/** Who moves an order: the vendor runs it; the buyer may cancel before paying; the payment provider marks card orders paid. */
export type OrderParty = 'vendor' | 'buyer' | 'payments';

const moves: Record<OrderParty, Partial<Record<OrderState, readonly OrderState[]>>> = {
  vendor: { pending_payment: ['paid', 'cancelled'], paid: ['ready', 'refunded'], ready: ['completed', 'refunded'] },
  buyer: { pending_payment: ['cancelled'] },
  payments: { pending_payment: ['paid', 'cancelled'] },
};

export const canMoveOrder = (from: OrderState, to: OrderState, party: OrderParty): boolean => moves[party][from]?.includes(to) ?? false;

/** States in which an order still holds its stock. */
export const holdsStock = (state: OrderState): boolean => state !== 'cancelled' && state !== 'refunded';

const text = (max: number) => z.string().trim().max(max);

/** A buyer's order to one enterprise: guests allowed, with a phone or an e-mail to reach them. */
export const orderInputSchema = z
  .object({
    enterpriseId: z.number().int().positive(),
    items: z.array(z.object({ productId: z.number().int().positive(), quantity: z.number().int().min(1).max(100) })).min(1).max(30),
    buyerName: text(80).min(2),
    buyerPhone: z.string().regex(/^\+[1-9]\d{6,14}$/).nullable().default(null),
    buyerEmail: z.email().max(254).nullable().default(null),
    paymentMethod: z.enum(paymentMethods),
    /** Pickup at a market day, or at the enterprise's pickup point when null. */
    marketDayId: z.number().int().positive().nullable().default(null),
    note: text(500).default(''),
  })
  .refine((o) => o.buyerPhone !== null || o.buyerEmail !== null, { message: 'Give a phone or an e-mail', path: ['buyerPhone'] })
  .meta({ id: 'OrderInput' });

export type OrderInput = z.infer<typeof orderInputSchema>;

/** An order's total in minor units: integer arithmetic only. */
export const orderTotalMinor = (lines: readonly { unitPriceMinor: number; quantity: number }[]): number =>
  lines.reduce((sum, line) => sum + line.unitPriceMinor * line.quantity, 0);
