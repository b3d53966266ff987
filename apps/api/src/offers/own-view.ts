import { z } from '@hono/zod-openapi';
import type { Offer } from '@solidaria/core';
import { offerHistory, type Database, type OrganisationRow } from '@solidaria/db';
import { offerView, offerViewSchema } from './views';

export const findingSchema = z.object({ code: z.string(), field: z.string().optional(), reason: z.object({ es: z.string(), en: z.string() }) });

/** An offer as its organisation's people and the office see it: with its screening flags, the officer's reason and its history. */
export const ownOfferSchema = z
  .object({
    offer: offerViewSchema,
    flags: z.array(findingSchema),
    rejectionReason: z.string().nullable(),
    hiddenByReports: z.boolean(),
    history: z.array(z.object({ at: z.string(), from: z.string().nullable(), to: z.string(), reason: z.string().nullable() })),
  })
  .openapi('OwnOffer');

export async function ownOfferView(db: Database, offer: Offer, organisation: OrganisationRow, lang: 'es' | 'en'): Promise<z.infer<typeof ownOfferSchema>> {
  const history = await offerHistory(db, offer.id);
  return {
    offer: await offerView(db, offer, organisation, lang),
    flags: offer.flags,
    rejectionReason: offer.rejectionReason,
    hiddenByReports: offer.hiddenByReports,
    history: history.map((e) => ({ at: e.at.toISOString(), from: e.fromStatus, to: e.toStatus, reason: e.reason })),
  };
}
