import { dateTimeFormat, type EnterpriseCategory, type OrderState, type PaymentMethod } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

export const categoryWords: Record<EnterpriseCategory, () => string> = {
  food: m.market_category_food,
  crafts: m.market_category_crafts,
  clothing: m.market_category_clothing,
  beauty: m.market_category_beauty,
  repairs: m.market_category_repairs,
  farm_produce: m.market_category_farm_produce,
  services: m.market_category_services,
  other: m.market_category_other,
};

export const paymentWords: Record<PaymentMethod, () => string> = {
  cash: m.market_payment_cash,
  sinpe_movil: m.market_payment_sinpe_movil,
  bank_transfer: m.market_payment_bank_transfer,
  card: m.market_payment_card,
};

export const stateWords: Record<OrderState, () => string> = {
  pending_payment: m.order_state_pending_payment,
  paid: m.order_state_paid,
  ready: m.order_state_ready,
  completed: m.order_state_completed,
  cancelled: m.order_state_cancelled,
  refunded: m.order_state_refunded,
};

/** What the vendor's button says for a move to this state. */
export const moveWords: Record<OrderState, () => string> = {
  pending_payment: m.order_state_pending_payment,
  paid: m.vendor_move_paid,
  ready: m.vendor_move_ready,
  completed: m.vendor_move_completed,
  cancelled: m.vendor_move_cancelled,
  refunded: m.vendor_move_refunded,
};

/** A word from a closed list for a value the API sent, or the value itself should the list grow. */
export const wordOf = <K extends string>(words: Record<K, () => string>, value: string): string =>
  (words as Record<string, (() => string) | undefined>)[value]?.() ?? value;

/** A market day as people say it: "sábado 5 de diciembre, 7:00–13:00". */
export function formatMarketDay(day: { date: string; opensAt: string; closesAt: string }): string {
  const date = dateTimeFormat(getLocale() === 'es' ? 'es-CR' : 'en-US', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${day.date}T12:00:00Z`));
  return `${date}, ${day.opensAt}–${day.closesAt}`;
}

/** The WhatsApp chat address for an E.164 number. */
export const whatsappHref = (e164: string) => `https://wa.me/${e164.replace(/\D/g, '')}`;
