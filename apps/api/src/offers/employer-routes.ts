import { createRoute, z } from '@hono/zod-openapi';
import { canMoveOffer, closeReasonFor, isEditable, offerInputSchema, submissionOutcome, type Offer, type OfferInput, type OfferStatus } from '@solidaria/core';
import {
  auditWrite, createOfferWrites, missingTaxonomyIds, findMunicipality, findOrganisation, listOrganisationOffers, loadOffer, moveOfferWrites, nextOfferId,
  updateOfferWrites, type OrganisationRow, type Write,
} from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { standingOf } from '../organisations/access';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { offerInContext } from './access';
import { offerIndexWrites } from './index-writes';
import { reasonsOf, screen, type Screened } from './screening';
import { ownOfferSchema, ownOfferView } from './own-view';
import { requestLanguage } from './views';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const createBody = offerInputSchema.extend({ organisationId: z.number().int().positive() }).openapi('NewOffer');
const closeBody = z.object({ filled: z.boolean().default(false) }).openapi('CloseOffer');
const responses = (description: string) => ({ 200: { description, content: jsonContent(ownOfferSchema) }, 404: { description: 'No such offer' }, 409: { description: 'Not possible in the offer’s state' }, ...errorResponses });

const createDef = createRoute({ method: 'post', path: '/offers', summary: 'Write a new offer, as a draft of one of my organisations', request: { body: jsonBody(createBody) }, responses: { ...responses('The draft'), 201: { description: 'The draft', content: jsonContent(ownOfferSchema) } } });
const patchDef = createRoute({ method: 'patch', path: '/offers/{id}', summary: 'Change an offer; a published one is screened again', request: { params: idParam, body: jsonBody(offerInputSchema.partial().openapi('OfferChanges')) }, responses: responses('The offer') });
const submitDef = createRoute({ method: 'post', path: '/offers/{id}/submit', summary: 'Submit a draft: refused with reasons, sent to review when flagged, or published', request: { params: idParam }, responses: responses('The offer after submission') });
const closeDef = createRoute({ method: 'post', path: '/offers/{id}/close', summary: 'Close a published offer (filled or not)', request: { params: idParam, body: jsonBody(closeBody) }, responses: responses('The closed offer') });
const listDef = createRoute({
  method: 'get', path: '/organizations/{id}/offers', summary: 'An organisation’s offers in every state, for its people and its office', request: { params: idParam },
  responses: { 200: { description: 'Newest first', content: jsonContent(z.object({ offers: z.array(z.object({ id: z.number(), title: z.string(), status: z.string(), closesOn: z.string(), updatedAt: z.string(), hiddenByReports: z.boolean(), rejectionReason: z.string().nullable() })) })) }, 404: { description: 'No such organisation' }, ...errorResponses },
});

export function employerOfferRoutes(services: Services) {
  const { db, clock } = services;

  const ownView = async (id: number, lang: 'es' | 'en') => {
    const offer = (await loadOffer(db, id)) as Offer;
    return ownOfferView(db, offer, (await findOrganisation(db, offer.organisationId)) as OrganisationRow, lang);
  };
  const countryOf = async (municipalityId: number) => {
    const municipality = await findMunicipality(db, municipalityId);
    if (!municipality) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { municipalityId: 'Unknown municipality.' });
    return municipality;
  };
  const refuse = (screened: Screened, lang: 'es' | 'en'): never => {
    const first = screened.result.blocks[0]!;
    throw new ApiError('VALIDATION_FAILED', first.reason[lang], Object.fromEntries(screened.result.blocks.map((b) => [b.field ?? 'description', b.reason[lang]])), undefined, reasonsOf(screened.result.blocks));
  };
  /** Where a screened offer goes when it is submitted (or a published one edited). */
  const destination = (screened: Screened, organisation: OrganisationRow, lang: 'es' | 'en'): OfferStatus => {
    const outcome = submissionOutcome(screened.result, organisation.verification === 'verified');
    if (outcome.kind === 'refused') return refuse(screened, lang);
    if (outcome.kind === 'organisation_unverified') throw new ApiError('CONFLICT', 'Your organisation is waiting for the municipal office to verify it; until then offers stay drafts.');
    return outcome.kind === 'to_review' ? 'pending_review' : 'published';
  };
  const saveWith = async (offer: Offer, organisation: OrganisationRow, writes: Write[], audit: { actor: number; action: string; requestId: string }) => {
    const now = clock.now();
    await db.atomic([
      ...writes,
      ...(await offerIndexWrites(services, offer, organisation)),
      auditWrite(db, { at: now, actorUserId: audit.actor, action: audit.action, subjectType: 'offer', subjectId: offer.id, requestId: audit.requestId, details: { status: offer.status } }),
    ]);
  };

  return routeGroup()
    .openapi(createDef, async (c) => {
      const actor = requireUser(c);
      const lang = requestLanguage(c.req.query('lang'), c.req.header('accept-language'));
      const { organisationId, ...input } = c.req.valid('json');
      const organisation = await findOrganisation(db, organisationId);
      if (!organisation) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { organisationId: 'Unknown organisation.' });
      authorize(c, services, (await standingOf(db, actor, organisation)) === 'member', 'offer.create');
      const municipality = await countryOf(input.municipalityId);
      await checkOfferReferences(services, input);
      const screened = await screen(services, input, municipality.country, organisation, true);
      const now = clock.now();
      // Two drafts at once may pick the same id; the loser tries the next one.
      for (let attempt = 0; ; attempt++) {
        const id = await nextOfferId(db);
        const offer: Offer = { ...input, id, organisationId, currency: municipality.currency, status: 'draft', closeReason: null, rejectionReason: null, flags: screened.result.flags, hiddenByReports: false, createdAt: now, updatedAt: now, publishedAt: null };
        try {
          await saveWith(offer, organisation, createOfferWrites(db, id, organisationId, input, { currency: municipality.currency, status: 'draft', flags: screened.result.flags, textFingerprint: screened.fingerprint }, actor.userId, now), { actor: actor.userId, action: 'offer.created', requestId: c.get('requestId') });
          return c.json(await ownView(id, lang), 201);
        } catch (error) {
          if (attempt >= 3 || !String(error).includes('UNIQUE')) throw error;
        }
      }
    })
    .openapi(patchDef, async (c) => {
      const actor = requireUser(c);
      const lang = requestLanguage(c.req.query('lang'), c.req.header('accept-language'));
      const { offer, organisation, standing } = await offerInContext(db, c.get('actor'), c.req.valid('param').id);
      authorize(c, services, standing === 'member', 'offer.edit');
      if (!isEditable(offer.status)) throw new ApiError('CONFLICT', 'A closed offer cannot change; write a new one.');
      // Only the fields the caller sent change: defaults of the partial schema must not overwrite stored values.
      // Without a JSON content type the validator sees {} and no body was read: refuse, do not crash.
      const sent = Object.keys((await c.req.json().catch(() => { throw new ApiError('VALIDATION_FAILED', 'Send the changes as a JSON object.', { body: 'Required' }); })) as object);
      const changes = Object.fromEntries(Object.entries(c.req.valid('json')).filter(([key]) => sent.includes(key)));
      const parsed = offerInputSchema.safeParse({ ...inputOf(offer), ...changes });
      if (!parsed.success) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.') || 'body', i.message])));
      const input = parsed.data;
      const municipality = await countryOf(input.municipalityId);
      await checkOfferReferences(services, input);
      const screened = await screen(services, input, municipality.country, organisation, false);
      const status: OfferStatus = offer.status === 'published' ? destination(screened, organisation, lang) : 'draft';
      const now = clock.now();
      const next: Offer = { ...offer, ...input, currency: municipality.currency, status, flags: screened.result.flags, updatedAt: now, publishedAt: status === 'published' ? (offer.publishedAt ?? now) : offer.publishedAt };
      await saveWith(next, organisation, updateOfferWrites(db, offer, input, { currency: municipality.currency, status, flags: screened.result.flags, textFingerprint: screened.fingerprint }, actor.userId, now), { actor: actor.userId, action: 'offer.edited', requestId: c.get('requestId') });
      return c.json(await ownView(offer.id, lang), 200);
    })
    .openapi(submitDef, async (c) => {
      const actor = requireUser(c);
      const lang = requestLanguage(c.req.query('lang'), c.req.header('accept-language'));
      const { offer, organisation, standing } = await offerInContext(db, c.get('actor'), c.req.valid('param').id);
      authorize(c, services, standing === 'member', 'offer.submit');
      if (offer.status !== 'draft') throw new ApiError('CONFLICT', 'Only a draft can be submitted.');
      const municipality = await countryOf(offer.municipalityId);
      const screened = await screen(services, offer, municipality.country, organisation, false);
      const to = destination(screened, organisation, lang);
      const now = clock.now();
      const next: Offer = { ...offer, status: to, flags: screened.result.flags, publishedAt: to === 'published' ? now : null };
      const reason = to === 'pending_review' ? screened.result.flags.map((f) => f.code).join(', ') : null;
      await saveWith(next, organisation, moveOfferWrites(db, offer, { to, actorUserId: actor.userId, reason, at: now, screening: { flags: screened.result.flags, textFingerprint: screened.fingerprint } }), { actor: actor.userId, action: `offer.submitted.${to}`, requestId: c.get('requestId') });
      return c.json(await ownView(offer.id, lang), 200);
    })
    .openapi(closeDef, async (c) => {
      const actor = requireUser(c);
      const lang = requestLanguage(c.req.query('lang'), c.req.header('accept-language'));
      const { offer, organisation, standing } = await offerInContext(db, c.get('actor'), c.req.valid('param').id);
      authorize(c, services, standing === 'member' || standing === 'office', 'offer.close');
      if (!canMoveOffer(offer.status, 'closed')) throw new ApiError('CONFLICT', 'Only a published offer can be closed.');
      const { filled } = c.req.valid('json');
      const now = clock.now();
      const closeReason = closeReasonFor(standing === 'member' ? 'employer' : 'office', filled);
      await saveWith({ ...offer, status: 'closed', closeReason }, organisation, moveOfferWrites(db, offer, { to: 'closed', actorUserId: actor.userId, reason: closeReason, at: now, closeReason }), { actor: actor.userId, action: 'offer.closed', requestId: c.get('requestId') });
      return c.json(await ownView(offer.id, lang), 200);
    })
    .openapi(listDef, async (c) => {
      const organisation = await findOrganisation(db, c.req.valid('param').id);
      if (!organisation) throw new ApiError('NOT_FOUND', 'There is no such organisation.');
      const standing = await standingOf(db, c.get('actor'), organisation);
      if (standing === 'public') throw new ApiError('NOT_FOUND', 'There is no such organisation.');
      c.header('cache-control', 'no-store');
      const offers = await listOrganisationOffers(db, organisation.id);
      return c.json({ offers: offers.map((o) => ({ id: o.id, title: o.title, status: o.status, closesOn: o.closesOn, updatedAt: o.updatedAt.toISOString(), hiddenByReports: o.hiddenByReports, rejectionReason: o.rejectionReason })) }, 200);
    });
}

/** What an employer wrote, out of a stored offer. */
export function inputOf(offer: Offer): OfferInput {
  const { id: _id, organisationId: _o, currency: _c, status: _s, closeReason: _cr, rejectionReason: _r, flags: _f, hiddenByReports: _h, createdAt: _ca, updatedAt: _u, publishedAt: _p, ...input } = offer;
  return input;
}

async function checkOfferReferences({ db }: Services, input: OfferInput): Promise<void> {
  const fields: Record<string, string> = {};
  if (input.occupationId && (await missingTaxonomyIds(db, 'occupations', [input.occupationId])).length) fields.occupationId = 'Unknown occupation.';
  if ((await missingTaxonomyIds(db, 'skills', input.skills.map((s) => s.skillId))).length) fields.skills = 'Some skills are not in the taxonomy.';
  if (Object.keys(fields).length) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', fields);
}
