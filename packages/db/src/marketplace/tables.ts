import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { CurrencyCode, EnterpriseCategory, OrderState, PaymentMethod } from '@solidaria/core';
import { users } from '../accounts/tables';
import { municipalities } from '../municipalities/table';
import { timestamp, bool } from '../columns';

/** A small enterprise; its people are its vendors. */
export const enterprises = sqliteTable(
  'enterprises',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    category: text('category').$type<EnterpriseCategory>().notNull(),
    description: text('description').notNull(),
    municipalityId: integer('municipality_id').notNull().references(() => municipalities.id),
    whatsapp: text('whatsapp'),
    phone: text('phone'),
    email: text('email'),
    pickupPoint: text('pickup_point').notNull(),
    paymentMethods: text('payment_methods', { mode: 'json' }).$type<PaymentMethod[]>().notNull(),
    paymentInstructions: text('payment_instructions').notNull(),
    /** Part of a municipal programme, as an officer marked it. */
    programme: bool('programme').notNull().default(false),
    /** When the vendor asked to join the municipal programme; cleared by the officer's decision. */
    programmeRequestedAt: timestamp('programme_requested_at'),
    /** The officer's reason for the last programme decision. */
    programmeReason: text('programme_reason'),
    /** The enterprise's photos (upload ids), the first one shown first. */
    photoIds: text('photo_ids', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    stripeAccountId: text('stripe_account_id'),
    /** Stripe said the connected account can take card payments (account.updated). */
    stripeChargesEnabled: bool('stripe_charges_enabled').notNull().default(false),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at').notNull(),
  },
  (t) => [index('enterprises_municipality').on(t.municipalityId)],
);

export const enterpriseMembers = sqliteTable(
  'enterprise_members',
  {
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id, { onDelete: 'cascade' }),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.userId] }), index('enterprise_members_user').on(t.userId)],
);

/** A product; stock null means made to order. Stock never goes below zero (a CHECK, so a race cannot oversell). */
export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull(),
    category: text('category').$type<EnterpriseCategory>().notNull(),
    priceMinor: integer('price_minor').notNull(),
    currency: text('currency').$type<CurrencyCode>().notNull(),
    stock: integer('stock'),
    active: bool('active').notNull(),
    photoIds: text('photo_ids', { mode: 'json' }).$type<string[]>().notNull(),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [index('products_enterprise').on(t.enterpriseId), check('products_stock_not_negative', sql`${t.stock} is null or ${t.stock} >= 0`)],
);

/** A market (e.g. the Mercadito Upaleño) and its days. */
export const markets = sqliteTable('markets', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  municipalityId: integer('municipality_id').notNull().references(() => municipalities.id),
  place: text('place').notNull(),
});

export const marketDays = sqliteTable(
  'market_days',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    marketId: integer('market_id').notNull().references(() => markets.id, { onDelete: 'cascade' }),
    /** YYYY-MM-DD and HH:MM in the municipality's time zone. */
    date: text('date').notNull(),
    opensAt: text('opens_at').notNull(),
    closesAt: text('closes_at').notNull(),
    /** Pre-orders close this many hours before the market opens. */
    ordersCloseHoursBefore: integer('orders_close_hours_before').notNull().default(24),
  },
  (t) => [uniqueIndex('market_days_once').on(t.marketId, t.date)],
);

export const marketDayEnterprises = sqliteTable(
  'market_day_enterprises',
  {
    marketDayId: integer('market_day_id').notNull().references(() => marketDays.id, { onDelete: 'cascade' }),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.marketDayId, t.enterpriseId] })],
);

/** An order to one enterprise. The buyer's name and contact go when the vendor has no more need of them (see erasure). */
export const orders = sqliteTable(
  'orders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Random, for the buyer's link to their order (guests have no account). */
    publicId: text('public_id').notNull().unique(),
    enterpriseId: integer('enterprise_id').notNull().references(() => enterprises.id, { onDelete: 'cascade' }),
    buyerUserId: integer('buyer_user_id').references(() => users.id, { onDelete: 'set null' }),
    buyerName: text('buyer_name').notNull(),
    buyerPhone: text('buyer_phone'),
    buyerEmail: text('buyer_email'),
    paymentMethod: text('payment_method').$type<PaymentMethod>().notNull(),
    marketDayId: integer('market_day_id').references(() => marketDays.id, { onDelete: 'set null' }),
    note: text('note').notNull(),
    state: text('state').$type<OrderState>().notNull(),
    totalMinor: integer('total_minor').notNull(),
    currency: text('currency').$type<CurrencyCode>().notNull(),
    stripeSessionId: text('stripe_session_id'),
    createdAt: timestamp('created_at').notNull(),
    updatedAt: timestamp('updated_at').notNull(),
  },
  (t) => [index('orders_enterprise').on(t.enterpriseId, t.state), index('orders_buyer').on(t.buyerUserId)],
);

export const orderItems = sqliteTable(
  'order_items',
  {
    orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
    productId: integer('product_id').notNull().references(() => products.id),
    name: text('name').notNull(),
    unitPriceMinor: integer('unit_price_minor').notNull(),
    quantity: integer('quantity').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.productId] })],
);

export const orderEvents = sqliteTable(
  'order_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
    at: timestamp('at').notNull(),
    actorUserId: integer('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    fromState: text('from_state').$type<OrderState>(),
    toState: text('to_state').$type<OrderState>().notNull(),
  },
  (t) => [index('order_events_order').on(t.orderId)],
);

/** Each payment provider event applied once: its id is the key, written with its effect. */
export const paymentEvents = sqliteTable('payment_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  orderId: integer('order_id'),
  receivedAt: timestamp('received_at').notNull(),
});

/** An uploaded photo: metadata-free copies in a few widths under DATA_DIR/uploads/<id>/. */
export const uploads = sqliteTable('uploads', {
  id: text('id').primaryKey(),
  ownerUserId: integer('owner_user_id').references(() => users.id, { onDelete: 'cascade' }),
  widths: text('widths', { mode: 'json' }).$type<number[]>().notNull(),
  createdAt: timestamp('created_at').notNull(),
});
