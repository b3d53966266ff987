import { error, redirect } from '@sveltejs/kit';
import { applicationStates, offerSalarySchema, profileInputSchema } from '@solidaria/core';
import { z } from 'zod';
import type { Explained } from '$lib/matching/types';
import { getLocale } from '$lib/paraglide/runtime';
import type { ApiClient } from './api';
import { isSignedOut } from './api-errors';
import { loginPath } from './same-site-path';

// The matching routes declare their offers and profile views loosely (they are the core
// types); the web reads them through these schemas, so the pages get real types and a
// changed answer fails here, loudly, instead of somewhere in a template.

const localised = z.object({ es: z.string(), en: z.string() });
const reasonSchema = z.object({ code: z.string(), positive: z.boolean(), text: localised });
const missingSchema = z.object({ skillId: z.number(), required: z.boolean(), label: localised });

/** A reason or a skill's name in the page's language. */
export const inPageLanguage = (text: { es: string; en: string }) => (getLocale() === 'en' ? text.en : text.es);

/** Why a match scores what it does, and the skills it lacks, in the page's language. */
function explained(match: { reasons: z.infer<typeof reasonSchema>[]; missingSkills: z.infer<typeof missingSchema>[] }): Explained {
  return {
    for: match.reasons.filter((r) => r.positive).map((r) => inPageLanguage(r.text)),
    against: match.reasons.filter((r) => !r.positive).map((r) => inPageLanguage(r.text)),
    missingRequired: match.missingSkills.filter((s) => s.required).map((s) => inPageLanguage(s.label)),
    missingDesired: match.missingSkills.filter((s) => !s.required).map((s) => inPageLanguage(s.label)),
  };
}

const recommendationSchema = z.object({
  offer: z.object({
    id: z.number(),
    title: z.string(),
    organisation: z.object({ id: z.number(), name: z.string() }),
    municipality: z.object({ id: z.number(), name: z.string() }),
    remote: z.boolean(),
    salary: offerSalarySchema.catch({ kind: 'to_agree' }),
    currency: z.string(),
    contractType: z.string(),
    workingTime: z.string(),
    closesOn: z.string(),
  }),
  score: z.number(),
  reasons: z.array(reasonSchema),
  missingSkills: z.array(missingSchema),
});

/** Offers for the signed-in person, best first, explained; null when they have no profile yet. Scores are shown whole. */
export async function loadRecommendations(api: ApiClient, path: string) {
  const res = await api.api.me.recommendations.$get({ query: { limit: '20' } });
  if (isSignedOut(res)) redirect(303, loginPath(path));
  if (res.status === 404) return null;
  if (!res.ok) error(503, 'Recommendations are not available right now.');
  const parsed = z.object({ recommendations: z.array(recommendationSchema) }).safeParse(await res.json());
  if (!parsed.success) error(503, 'Recommendations could not be read.');
  return parsed.data.recommendations.map(({ offer, score, ...match }) => ({ offer, score: Math.round(score), ...explained(match) }));
}

const profileShape = profileInputSchema.shape;
/** What an employer may see of a person (core's anonymous or visible view). */
const viewSchema = z.object({
  kind: z.enum(['anonymous', 'visible']),
  id: z.number(),
  municipalityId: z.number(),
  desiredOccupationIds: z.array(z.number()),
  skills: profileShape.skills,
  languages: profileShape.languages,
  availability: profileShape.availability,
  educationLevel: profileShape.educationLevel,
  experienceMonths: z.object({ formal: z.number(), informal: z.number() }),
  displayName: z.string().optional(),
  headline: z.string().optional(),
  workHistory: profileShape.workHistory.optional(),
});
export type CandidateView = z.infer<typeof viewSchema>;
const contactSchema = z.object({ displayName: z.string(), email: z.string().nullable(), phone: z.string().nullable() }).nullable();
export type CandidateContact = z.infer<typeof contactSchema>;

const candidatesSchema = z.object({
  total: z.number(),
  candidates: z.array(z.object({ view: viewSchema, contact: contactSchema, acceptsContactRequests: z.boolean(), score: z.number(), reasons: z.array(reasonSchema), missingSkills: z.array(missingSchema) })),
});

/** Candidates must be read by a verified organisation's people; anyone else finds no page. */
function refused(res: { status: number }, path: string): never {
  if (isSignedOut(res)) redirect(303, loginPath(path));
  if (res.status === 404 || res.status === 403) error(404, 'Not found');
  error(503, 'The service is not available right now.');
}

export const CANDIDATES_PER_PAGE = 20;

/** One page of an offer's ranked candidates, explained. */
export async function loadCandidates(api: ApiClient, offerId: string, page: number, path: string) {
  const res = await api.api.offers[':id'].candidates.$get({ param: { id: offerId }, query: { page: String(page), perPage: String(CANDIDATES_PER_PAGE) } });
  if (!res.ok) refused(res, path);
  const parsed = candidatesSchema.safeParse(await res.json());
  if (!parsed.success) error(503, 'Candidates could not be read.');
  return {
    total: parsed.data.total,
    candidates: parsed.data.candidates.map(({ view, contact, acceptsContactRequests, score, ...match }) => ({ view, contact, acceptsContactRequests, score: Math.round(score), ...explained(match) })),
  };
}

const historySchema = z.array(z.object({ at: z.string(), from: z.string().nullable(), to: z.enum(applicationStates) }));
const pipelineSchema = z.object({
  applications: z.array(
    z.object({
      id: z.number(),
      state: z.enum(applicationStates),
      score: z.number().nullable(),
      note: z.string(),
      createdAt: z.string(),
      history: historySchema,
      candidate: viewSchema.nullable(),
      minor: z.boolean(),
      contact: contactSchema,
      reasons: z.array(reasonSchema),
      missingSkills: z.array(missingSchema),
    }),
  ),
});

/** An offer's applications, for its organisation's people. */
export async function loadPipeline(api: ApiClient, offerId: string, path: string) {
  const res = await api.api.offers[':id'].applications.$get({ param: { id: offerId } });
  if (!res.ok) refused(res, path);
  const parsed = pipelineSchema.safeParse(await res.json());
  if (!parsed.success) error(503, 'Applications could not be read.');
  return parsed.data.applications.map(({ reasons, missingSkills, ...a }) => ({ ...a, why: explained({ reasons, missingSkills }) }));
}

/** The people an organisation already asked for their contact, and how they answered its newest request. */
export async function askedPeople(api: ApiClient, organisationId: number): Promise<Map<number, string>> {
  const res = await api.api.organizations[':id']['contact-requests'].$get({ param: { id: String(organisationId) } });
  if (!res.ok) return new Map();
  const asked = new Map<number, string>();
  // Newest first: a request made again after a closed one is the one that counts.
  for (const r of (await res.json()).requests) if (!asked.has(r.userId)) asked.set(r.userId, r.state);
  return asked;
}

