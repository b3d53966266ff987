import type { MonthSales } from '@solidaria/core';
import type { Enterprise, Order, Product } from '$lib/market/types';

// The vendor's view of an enterprise (GET /api/enterprises/:id/workspace), which the API
// declares loosely; these are the fields it sends.

export interface VendorEnterprise extends Enterprise {
  photoIds: string[];
  programmeStatus: 'member' | 'requested' | 'none';
  programmeRequestedAt: string | null;
  programmeReason: string | null;
}

export interface VendorMarketDay {
  id: number;
  date: string;
  opensAt: string;
  closesAt: string;
  marketName: string;
  place: string;
  joined: boolean;
  ordersClosed: boolean;
}

export interface VendorOrder extends Order {
  updatedAt: string;
  marketDay: { date: string; opensAt: string; closesAt: string; marketName: string } | null;
}

export interface Workspace {
  enterprise: VendorEnterprise;
  products: (Product & { photoIds: string[] })[];
  marketDays: VendorMarketDay[];
  sales: { timeZone: string; currency: string; months: MonthSales[] };
}
