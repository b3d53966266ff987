import { error } from '@sveltejs/kit';
import type { ApiClient } from './api';
import type { ComingDay, Enterprise, Market, Order, Product } from '$lib/market/types';

// Reading what the market's pages show. The API declares these answers loosely, so the
// shapes in $lib/market/types are the web's reading of them.

const SLUG = /^[a-z0-9-]{1,64}$/;
const PUBLIC_ID = /^[A-Za-z0-9_-]{16,64}$/;

/** An enterprise's public page data, or a missing page. */
export async function loadEnterprise(api: ApiClient, slug: string) {
  if (!SLUG.test(slug)) error(404, 'There is no such enterprise.');
  const res = await api.api.enterprises[':slug'].$get({ param: { slug } });
  if (Number(res.status) === 404) error(404, 'There is no such enterprise.');
  if (!res.ok) error(503, 'The market is not available right now.');
  const body = await res.json();
  return { enterprise: body.enterprise as unknown as Enterprise, products: body.products as unknown as Product[] };
}

/** Every coming market day, soonest first, with its market's name and place. */
export async function loadComingDays(api: ApiClient): Promise<ComingDay[]> {
  const res = await api.api.markets.$get();
  if (!res.ok) return [];
  const markets = (await res.json()).markets as unknown as Market[];
  return markets
    .flatMap((market) => market.days.map((day) => ({ ...day, marketName: market.name, place: market.place })))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** An order, the address of its enterprise's page, its moves, its municipality's time zone, and whether a card can pay it now. */
export async function loadOrder(api: ApiClient, publicId: string) {
  if (!PUBLIC_ID.test(publicId)) error(404, 'There is no such order.');
  const res = await api.api.orders[':id'].$get({ param: { id: publicId } });
  if (Number(res.status) === 404) error(404, 'There is no such order.');
  if (!res.ok) error(503, 'Orders are not available right now.');
  const { order, enterprise, ...payment } = await res.json();
  return { order: order as unknown as Order, enterpriseSlug: (enterprise as unknown as { slug: string } | null)?.slug ?? null, ...payment };
}

export const isSlug = (value: string | null): value is string => value !== null && SLUG.test(value);
export const isPublicId = (value: string) => PUBLIC_ID.test(value);
