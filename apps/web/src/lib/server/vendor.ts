import { error } from '@sveltejs/kit';
import type { VendorOrder, Workspace } from '$lib/vendor/types';
import type { ApiClient } from './api';
import { pageInstead } from './employer';
import { loadEnterprise } from './market';

/**
 * An enterprise as its vendors manage it: every product (switched-off ones too), the coming
 * market days of its municipality, sales by month and its orders. Anyone else gets a
 * missing page, a signed-out person the sign-in page.
 */
export async function loadWorkspace(api: ApiClient, slug: string, path: string): Promise<Workspace & { orders: VendorOrder[] }> {
  const { enterprise } = await loadEnterprise(api, slug);
  const param = { id: String(enterprise.id) };
  const [workspace, orders] = await Promise.all([api.api.enterprises[':id'].workspace.$get({ param }), api.api.enterprises[':id'].orders.$get({ param })]);
  if (!workspace.ok) pageInstead(workspace, path);
  if (!orders.ok) pageInstead(orders, path);
  return { ...((await workspace.json()) as unknown as Workspace), orders: (await orders.json()).orders as unknown as VendorOrder[] };
}

/** A product of the workspace by the id in the address, or a missing page. */
export function productOf(workspace: Workspace, id: string) {
  const product = /^[1-9]\d{0,9}$/.test(id) ? workspace.products.find((p) => p.id === Number(id)) : undefined;
  if (!product) error(404, 'There is no such product.');
  return product;
}
