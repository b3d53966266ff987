import type { CurrencyCode, EnterpriseCategory, OrderState, PaymentMethod } from '@solidaria/core';

// The API declares enterprises, products and orders loosely (`z.any()`); the web reads
// them with these shapes, which are the columns the API sends.

export interface Enterprise {
  id: number;
  slug: string;
  name: string;
  category: EnterpriseCategory;
  description: string;
  municipalityId: number;
  whatsapp: string | null;
  phone: string | null;
  email: string | null;
  pickupPoint: string;
  paymentMethods: PaymentMethod[];
  paymentInstructions: string;
  programme: boolean;
  /** On its public page: card is among its methods and this site takes card payments. */
  acceptsCards?: boolean;
  /** Photos, by upload id, the first one shown first. */
  photoIds?: string[];
}

export interface Product {
  id: number;
  enterpriseId: number;
  name: string;
  description: string;
  category: EnterpriseCategory;
  priceMinor: number;
  currency: CurrencyCode;
  stock: number | null;
  active: boolean;
  /** Photos, by upload id: served at /api/uploads/<id>/<width>.webp. */
  photoIds?: string[];
}

export interface OrderItem {
  productId: number;
  name: string;
  unitPriceMinor: number;
  quantity: number;
}

export interface Order {
  publicId: string;
  enterpriseId: number;
  buyerName: string;
  buyerPhone: string | null;
  buyerEmail: string | null;
  paymentMethod: PaymentMethod;
  marketDayId: number | null;
  note: string;
  state: OrderState;
  totalMinor: number;
  currency: CurrencyCode;
  createdAt: string;
  items?: OrderItem[];
}

export interface MarketDay {
  id: number;
  date: string;
  opensAt: string;
  closesAt: string;
  ordersCloseHoursBefore: number;
  enterpriseIds: number[];
}

export interface Market {
  id: number;
  slug: string;
  name: string;
  municipalityId: number;
  place: string;
  days: MarketDay[];
}

/** A market day with its market's name and place, as a buyer chooses one. */
export interface ComingDay extends MarketDay {
  marketName: string;
  place: string;
}

export interface ProductHit {
  id: number;
  name: string;
  enterpriseName: string;
  /** Missing from documents indexed before slugs were; the page then makes it from the name. */
  enterpriseSlug?: string;
  enterpriseId: number;
  description: string;
  priceMinor: number;
  currency: CurrencyCode;
  municipalityId: number;
  category: EnterpriseCategory;
}

export interface EnterpriseHit {
  id: number;
  slug?: string;
  name: string;
  description: string;
  municipalityId: number;
  category: EnterpriseCategory;
  /** Part of a municipal programme, as its office decided. */
  programme?: boolean;
}
