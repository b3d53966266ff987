import { z } from '@hono/zod-openapi';
import { sectors, verificationStates } from '@solidaria/core';
import type { OrganisationRow } from '@solidaria/db';

export const organisationSchema = z
  .object({
    id: z.number(),
    name: z.string(),
    sector: z.enum(sectors),
    municipalityId: z.number(),
    description: z.string(),
    website: z.string().nullable(),
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    verification: z.enum(verificationStates),
    verifiedAt: z.string().nullable(),
    taxId: z.string().nullable().optional().openapi({ description: 'For its people and its office only' }),
    verificationReason: z.string().nullable().optional(),
    createdAt: z.string().optional(),
  })
  .openapi('OrganisationCard');


/** What anyone may read of a verified organisation: its public card. */
export function publicOrganisation(o: OrganisationRow) {
  return {
    id: o.id,
    name: o.name,
    sector: o.sector,
    municipalityId: o.municipalityId,
    description: o.description,
    website: o.website,
    contactEmail: o.contactEmail,
    contactPhone: o.contactPhone,
    verification: o.verification,
    verifiedAt: o.verifiedAt?.toISOString() ?? null,
  };
}

/** What its own people and the office see besides: the tax id and the officer's reason. */
export function fullOrganisation(o: OrganisationRow) {
  return { ...publicOrganisation(o), taxId: o.taxId, verificationReason: o.verificationReason, createdAt: o.createdAt.toISOString() };
}
