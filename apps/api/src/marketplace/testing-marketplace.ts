import type { createApp } from '../app';
import { postJson } from '../auth/testing-accounts';

type App = ReturnType<typeof createApp>;

/** A stall of the Mercadito Upaleño, listed through the API by its vendor. */
export async function listEnterprise(app: App, cookie: string, overrides: Record<string, unknown> = {}): Promise<{ id: number; slug: string }> {
  const res = await postJson(app, '/api/enterprises', {
    name: 'Tortillería Doña Rosa', category: 'food', municipalityId: 1, whatsapp: '+50688001122', pickupPoint: 'Puesto 4 del Mercadito Upaleño',
    paymentMethods: ['cash', 'sinpe_movil'], paymentInstructions: 'SINPE Móvil al 8800-1122', description: 'Tortillas palmeadas y rosquillas', ...overrides,
  }, { cookie });
  if (res.status !== 201) throw new Error(`enterprise listing failed with ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { enterprise: { id: number; slug: string } }).enterprise;
}

export async function addProduct(app: App, cookie: string, enterpriseId: number, overrides: Record<string, unknown> = {}): Promise<number> {
  const res = await postJson(app, `/api/enterprises/${enterpriseId}/products`, { name: 'Tortillas palmeadas (docena)', category: 'food', priceMinor: 1_500_00, stock: 10, ...overrides }, { cookie });
  if (res.status !== 201) throw new Error(`product failed with ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { product: { id: number } }).product.id;
}

export const orderBody = (enterpriseId: number, productId: number, quantity = 1, extra: Record<string, unknown> = {}) => ({
  enterpriseId, items: [{ productId, quantity }], buyerName: 'Comprador Demo', buyerPhone: '+50687776655', paymentMethod: 'cash', ...extra,
});
