import { programmeStatus } from '@solidaria/core';
import { findEnterprise, findMunicipality, isEnterpriseMember, productsOf, type Database, type EnterpriseRow, type ProductRow, type Write } from '@solidaria/db';
import { enterpriseDocument, productDocument, type SearchDocument } from '@solidaria/search';
import type { Context } from 'hono';
import { authorize, requireUser } from '../auth/actor';
import type { AppEnv } from '../env';
import { ApiError } from '../errors';
import type { Services } from '../services';

/** What anyone may see of an enterprise: not its Stripe account, who listed it, nor the office's programme notes. */
export function shownEnterprise(enterprise: EnterpriseRow) {
  const { stripeAccountId: _stripe, createdBy: _by, programmeRequestedAt: _asked, programmeReason: _reason, ...shown } = enterprise;
  return shown;
}

/** An enterprise may start taking cards only where this site has Stripe keys. */
export function refuseCardWithoutKeys(services: Services, methods: readonly string[]) {
  if (methods.includes('card') && !services.cardPayments) throw new ApiError('CONFLICT', 'Card payments are not set up on this site: choose cash, SINPE Móvil or a bank transfer.');
}

/** The enterprise with where it stands in the municipal programme, for its vendors and its office. */
export const enterpriseWithProgramme = (enterprise: EnterpriseRow) => ({
  ...shownEnterprise(enterprise),
  programmeStatus: programmeStatus(enterprise),
  programmeRequestedAt: enterprise.programmeRequestedAt?.toISOString() ?? null,
  programmeReason: enterprise.programmeReason,
});

/** An enterprise its caller runs: 404 when there is none, 403 when the caller is not one of its vendors. */
export async function ownEnterprise(c: Context<AppEnv>, services: Services, id: number, action: string) {
  const actor = requireUser(c);
  const enterprise = await findEnterprise(services.db, { id });
  if (!enterprise) throw new ApiError('NOT_FOUND', 'There is no such enterprise.');
  authorize(c, services, await isEnterpriseMember(services.db, enterprise.id, actor.userId), action);
  const municipality = await findMunicipality(services.db, enterprise.municipalityId);
  if (!municipality) throw new Error(`enterprise ${enterprise.id} has no municipality`);
  return { actor, enterprise, municipality };
}

/**
 * The search documents of an enterprise and of its products as they will be after a change
 * written in the same atomic unit: `products` are all its products after the change
 * (switched-off ones leave the products index), `marketDayIds` the days after it.
 */
export async function enterpriseIndexWrites(
  { db, search }: Services, enterprise: EnterpriseRow, products: readonly ProductRow[], marketDayIds?: readonly number[],
): Promise<Write[]> {
  const active = products.filter((p) => p.active).sort((a, b) => a.name.localeCompare(b.name));
  const days: Partial<SearchDocument> = marketDayIds ? { marketDayIds: [...marketDayIds] } : {};
  const documents = (await Promise.all(active.map((p) => productDocument(db, p, enterprise)))).filter((d): d is SearchDocument => d !== null).map((d): SearchDocument => ({ ...d, ...days }) as SearchDocument);
  const inactive = products.filter((p) => !p.active).map((p) => p.id);
  return [
    ...search.upsertWrites('enterprises', [{ ...(await enterpriseDocument(db, enterprise)), productNames: active.map((p) => p.name), ...days } as SearchDocument]),
    ...(documents.length > 0 ? search.upsertWrites('products', documents) : []),
    ...(inactive.length > 0 ? search.deleteWrites('products', inactive) : []),
  ];
}

/** Every product of the enterprise, switched off too, by name. */
export const allProductsOf = (db: Database, enterpriseId: number) => productsOf(db, enterpriseId, false);
