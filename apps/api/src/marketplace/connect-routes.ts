import { createRoute, z } from '@hono/zod-openapi';
import { findEnterprise, findMunicipality, isEnterpriseMember, setStripeAccountWrite, type EnterpriseRow } from '@solidaria/db';
import { offlineMethods } from '@solidaria/payments';
import type { Context } from 'hono';
import { authorize, requireUser } from '../auth/actor';
import type { AppEnv } from '../env';
import { errorResponses, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { routeGroup } from '../route-group';
import type { Services } from '../services';

/**
 * Card payments for a vendor, in the words the payments page uses:
 * - `no_keys`: this deployment has no Stripe keys, so no cards anywhere;
 * - `country_not_supported`: Stripe Connect does not onboard accounts in the enterprise's country
 *   (none of CR, GT, HN, PA: see CONNECT_SELF_SERVE_COUNTRIES in @solidaria/payments);
 * - `not_started` / `onboarding`: no account yet / an account Stripe does not yet let take charges;
 * - `ready`: card orders are paid into the vendor's account.
 */
export const cardStates = ['no_keys', 'country_not_supported', 'not_started', 'onboarding', 'ready'] as const;
export type CardState = (typeof cardStates)[number];

const idParam = z.object({ id: z.coerce.number().int().positive() });
const stateOut = z.object({ card: z.enum(cardStates), country: z.string(), offlineMethods: z.array(z.string()) }).openapi('CardPaymentsState');

const stateDef = createRoute({
  method: 'get', path: '/enterprises/{id}/stripe', summary: 'Whether the enterprise can take card payments, and why not, for its vendors',
  request: { params: idParam },
  responses: { 200: { description: 'The card payment state', content: jsonContent(stateOut) }, 404: { description: 'No such enterprise' }, ...errorResponses },
});
const onboardingDef = createRoute({
  method: 'post', path: '/enterprises/{id}/stripe/onboarding', summary: 'Stripe Connect (Express) onboarding: the enterprise’s account, made once, and a fresh onboarding link',
  request: { params: idParam },
  responses: {
    200: { description: 'Where the vendor continues on Stripe', content: jsonContent(z.object({ url: z.string() })) },
    404: { description: 'No such enterprise' },
    409: { description: 'Stripe is not set up here, or does not onboard accounts in this country' },
    ...errorResponses,
  },
});

export function connectRoutes(services: Services) {
  const { db, cardPayments, publicOrigin } = services;

  async function memberEnterprise(c: Context<AppEnv>, id: number, action: string) {
    const actor = requireUser(c);
    const enterprise = await findEnterprise(db, { id });
    if (!enterprise) throw new ApiError('NOT_FOUND', 'There is no such enterprise.');
    authorize(c, services, await isEnterpriseMember(db, enterprise.id, actor.userId), action);
    const municipality = await findMunicipality(db, enterprise.municipalityId);
    return { enterprise, country: municipality?.country ?? '' };
  }

  function stateOf(enterprise: EnterpriseRow, country: string): CardState {
    if (!cardPayments) return 'no_keys';
    if (!cardPayments.connectSupported(country)) return 'country_not_supported';
    if (!enterprise.stripeAccountId) return 'not_started';
    return enterprise.stripeChargesEnabled ? 'ready' : 'onboarding';
  }

  return routeGroup()
    .openapi(stateDef, async (c) => {
      const { enterprise, country } = await memberEnterprise(c, c.req.valid('param').id, 'enterprise.payments.read');
      c.header('cache-control', 'no-store');
      return c.json({ card: stateOf(enterprise, country), country, offlineMethods: offlineMethods(country) }, 200);
    })
    .openapi(onboardingDef, async (c) => {
      const { enterprise, country } = await memberEnterprise(c, c.req.valid('param').id, 'enterprise.payments.onboard');
      const state = stateOf(enterprise, country);
      if (!cardPayments || state === 'no_keys') throw new ApiError('CONFLICT', 'Card payments are not set up on this site: the offline payment methods remain.');
      if (state === 'country_not_supported') throw new ApiError('CONFLICT', `Stripe does not open accounts for vendors in ${country}: the offline payment methods remain.`);
      let accountId = enterprise.stripeAccountId;
      if (!accountId) {
        // Our idempotency key per enterprise: two clicks make one account.
        ({ accountId } = await cardPayments.createConnectAccount({ vendorId: enterprise.id, country, ...(enterprise.email ? { email: enterprise.email } : {}) }));
        await db.atomic([setStripeAccountWrite(db, enterprise.id, accountId)]);
        accountId = (await findEnterprise(db, { id: enterprise.id }))?.stripeAccountId ?? accountId;
      }
      const page = `${publicOrigin}/vendor/enterprises/${enterprise.slug}/payments`;
      const link = await cardPayments.onboardingLink({ accountId, refreshUrl: `${page}?expired`, returnUrl: `${page}?returned` });
      c.header('cache-control', 'no-store');
      return c.json({ url: link.url }, 200);
    });
}
