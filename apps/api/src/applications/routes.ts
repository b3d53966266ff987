import { createRoute, z } from '@hono/zod-openapi';
import { ageBand, applicantViewFor, applicationStates, canMoveApplication, isPublic, type ApplicationParty } from '@solidaria/core';
import {
  applicationHistory, applicationsOfOffer, applicationsOfUser, auditWrite, contactOf, createApplicationWrites, createPlacementWrite, findApplication,
  findMunicipality, isOrganisationMember, loadOffer, loadProfile, loadProfiles, moveApplicationWrites, organisationMembersOf, setApplicationContactWrite, findOrganisation,
} from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { matchContext } from '../matching/context';
import { notificationWrites } from '../notifications/notify';
import { offerInContext } from '../offers/access';
import { EARLIEST_TIME_ZONE, todayIn } from '../offers/views';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { score } from '@solidaria/core';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const applyBody = z.object({ note: z.string().trim().max(1000).default(''), shareContact: z.boolean() }).openapi('Application');
const moveBody = z.object({ to: z.enum(applicationStates) }).openapi('ApplicationMove');
const contactBody = z.object({ share: z.boolean() }).openapi('ApplicationContact');
const historyItem = z.object({ at: z.string(), from: z.string().nullable(), to: z.string() });
const mine = z.object({
  id: z.number(), state: z.enum(applicationStates), shareContact: z.boolean(), createdAt: z.string(),
  offer: z.object({ id: z.number(), title: z.string(), status: z.string() }), organisation: z.object({ id: z.number(), name: z.string() }), history: z.array(historyItem),
});
const localised = z.object({ es: z.string(), en: z.string() });
const inPipeline = z.object({
  id: z.number(), state: z.enum(applicationStates), score: z.number().nullable(), note: z.string(), createdAt: z.string(), history: z.array(historyItem),
  candidate: z.any().openapi({ description: 'The profile as the employer may see it: anonymous unless the person shared their contact; an adolescent always anonymous' }),
  minor: z.boolean().openapi({ description: 'An adolescent (15–17): the office mediates' }),
  reasons: z.array(z.object({ code: z.string(), positive: z.boolean(), text: localised })),
  missingSkills: z.array(z.object({ skillId: z.number(), required: z.boolean(), label: localised })),
  contact: z.object({ displayName: z.string(), email: z.string().nullable(), phone: z.string().nullable() }).nullable(),
});

const applyDef = createRoute({ method: 'post', path: '/offers/{id}/applications', summary: 'Apply to a published offer (once), with a note and the choice to share my contact', request: { params: idParam, body: jsonBody(applyBody) }, responses: { 201: { description: 'The application', content: jsonContent(z.object({ application: mine })) }, 404: { description: 'No such public offer' }, 409: { description: 'Already applied' }, ...errorResponses } });
const mineDef = createRoute({ method: 'get', path: '/me/applications', summary: 'My applications and where each stands', responses: { 200: { description: 'Newest first', content: jsonContent(z.object({ applications: z.array(mine) })) }, ...errorResponses } });
const pipelineDef = createRoute({ method: 'get', path: '/offers/{id}/applications', summary: 'An offer’s applications, for its organisation: the pipeline', request: { params: idParam }, responses: { 200: { description: 'Best score first', content: jsonContent(z.object({ applications: z.array(inPipeline) })) }, 404: { description: 'No such offer' }, ...errorResponses } });
const moveDef = createRoute({ method: 'post', path: '/applications/{id}/transitions', summary: 'Move an application: the employer through its pipeline, the person out of it (withdrawn); hired records a placement', request: { params: idParam, body: jsonBody(moveBody) }, responses: { 200: { description: 'The new state', content: jsonContent(z.object({ state: z.enum(applicationStates) })) }, 404: { description: 'No such application' }, 409: { description: 'Not a move from this state' }, ...errorResponses } });
const contactDef = createRoute({ method: 'post', path: '/applications/{id}/contact', summary: 'The person shares, or takes back, their name and contact with the offer’s organisation', request: { params: idParam, body: jsonBody(contactBody) }, responses: { 200: { description: 'Saved', content: jsonContent(z.object({ shareContact: z.boolean() })) }, 404: { description: 'No such application' }, ...errorResponses } });

const historyOf = (events: Awaited<ReturnType<typeof applicationHistory>>, id: number) =>
  events.filter((e) => e.applicationId === id).map((e) => ({ at: e.at.toISOString(), from: e.fromState, to: e.toState }));

export function applicationRoutes(services: Services) {
  const { db, clock, publicOrigin } = services;
  const myApplications = async (userId: number) => {
    const rows = await applicationsOfUser(db, userId);
    const events = await applicationHistory(db, rows.map((r) => r.application.id));
    return rows.map(({ application: a, offer, organisation }) => ({
      id: a.id, state: a.state, shareContact: a.shareContact, createdAt: a.createdAt.toISOString(), offer, organisation, history: historyOf(events, a.id),
    }));
  };
  return routeGroup()
    .openapi(applyDef, async (c) => {
      const actor = requireUser(c);
      authorize(c, services, actor.grants.some((g) => g.role === 'seeker'), 'application.create');
      const { offer, organisation } = await offerInContext(db, actor, c.req.valid('param').id);
      const municipality = await findMunicipality(db, offer.municipalityId);
      const now = clock.now();
      const today = todayIn(municipality?.timeZone ?? EARLIEST_TIME_ZONE, now);
      if (!isPublic(offer, organisation.verification === 'verified', today)) throw new ApiError('NOT_FOUND', 'There is no such offer.');
      const profile = await loadProfile(db, actor.userId);
      if (!profile) throw new ApiError('CONFLICT', 'Make your profile first: employers read it when you apply.');
      const context = await matchContext(db, { today, now });
      const match = score(profile, offer, context, { forSeeker: true });
      // Age and work permit are the law's and the employer's conditions: no application outside them.
      if (!match.eligible) {
        const why = match.reasons.filter((r) => !r.positive && r.points === 0 && r.weight === 0);
        throw new ApiError('VALIDATION_FAILED', why[0]?.text.en ?? 'You cannot apply to this offer.', Object.fromEntries(why.map((r) => [r.code, r.text.en])), undefined, why.map((r) => ({ code: r.code, es: r.text.es, en: r.text.en })));
      }
      const { note, shareContact } = c.req.valid('json');
      const members = (await organisationMembersOf(db, organisation.id)).map((m) => m.userId);
      await db.atomic([
        ...createApplicationWrites(db, { offerId: offer.id, userId: actor.userId, note, shareContact, score: match.score, now }),
        ...(await notificationWrites(db, members, 'new_application', `${publicOrigin}/employer/offers/${offer.id}/applications`, now)),
      ]).catch((error: unknown) => {
        if (String(error).includes('UNIQUE')) throw new ApiError('CONFLICT', 'You already applied to this offer.');
        throw error;
      });
      const application = (await myApplications(actor.userId)).find((a) => a.offer.id === offer.id);
      return c.json({ application: application! }, 201);
    })
    .openapi(mineDef, async (c) => {
      const actor = requireUser(c);
      c.header('cache-control', 'no-store');
      return c.json({ applications: await myApplications(actor.userId) }, 200);
    })
    .openapi(pipelineDef, async (c) => {
      const actor = requireUser(c);
      const { offer, organisation, standing } = await offerInContext(db, actor, c.req.valid('param').id);
      authorize(c, services, standing === 'member', 'application.pipeline');
      const rows = await applicationsOfOffer(db, offer.id);
      const [events, profiles] = await Promise.all([applicationHistory(db, rows.map((r) => r.id)), loadProfiles(db, rows.flatMap((r) => (r.userId ? [r.userId] : [])))]);
      const byUser = new Map(profiles.map((p) => [p.userId, p]));
      const now = clock.now();
      const municipality = await findMunicipality(db, offer.municipalityId);
      const context = await matchContext(db, { today: todayIn(municipality?.timeZone ?? EARLIEST_TIME_ZONE, now), now });
      const applications = [];
      for (const a of rows) {
        const profile = a.userId ? byUser.get(a.userId) : undefined;
        const seen = profile ? applicantViewFor(profile, a.shareContact && a.state !== 'withdrawn', now) : null;
        const contact = seen?.contactShared && a.userId ? ((await contactOf(db, a.userId)) ?? null) : null;
        // Why they fit, as of today: the same reasons the candidates list gives.
        const match = profile ? score(profile, offer, context, { forSeeker: true }) : null;
        applications.push({
          id: a.id, state: a.state, score: a.score, note: a.note, createdAt: a.createdAt.toISOString(), history: historyOf(events, a.id),
          candidate: seen?.view ?? null, minor: seen?.minor ?? false, contact,
          reasons: match?.reasons.map(({ code, positive, text }) => ({ code, positive, text })) ?? [], missingSkills: match?.missingSkills ?? [],
        });
      }
      c.header('cache-control', 'no-store');
      return c.json({ applications }, 200);
    })
    .openapi(moveDef, async (c) => {
      const actor = requireUser(c);
      const application = await findApplication(db, c.req.valid('param').id);
      const offer = application ? await loadOffer(db, application.offerId) : null;
      if (!application || !offer) throw new ApiError('NOT_FOUND', 'There is no such application.');
      const party: ApplicationParty | null =
        application.userId === actor.userId ? 'seeker' : (await isOrganisationMember(db, offer.organisationId, actor.userId)) ? 'employer' : null;
      if (!party) throw new ApiError('NOT_FOUND', 'There is no such application.');
      const { to } = c.req.valid('json');
      if (!canMoveApplication(application.state, to, party)) throw new ApiError('CONFLICT', `An application cannot go from ${application.state} to ${to} by the ${party}.`);
      const now = clock.now();
      const writes = moveApplicationWrites(db, application, to, actor.userId, now);
      if (to === 'hired') {
        const [profile, organisation, municipality] = await Promise.all([application.userId ? loadProfile(db, application.userId) : null, findOrganisation(db, offer.organisationId), findMunicipality(db, offer.municipalityId)]);
        writes.push(createPlacementWrite(db, {
          userId: application.userId, applicationId: application.id, organisationId: offer.organisationId, employerName: organisation?.name ?? '',
          occupationId: offer.occupationId, municipalityId: offer.municipalityId, startsOn: todayIn(municipality?.timeZone ?? EARLIEST_TIME_ZONE, now), source: 'platform',
          gender: profile?.gender ?? null, ageBand: profile ? ageBand(profile.birthDate, now) : null, nationality: profile?.nationality ?? null, populationGroup: profile?.populationGroup ?? null,
          recordedBy: actor.userId, createdAt: now,
        }));
      }
      if (party === 'employer' && application.userId) writes.push(...(await notificationWrites(db, [application.userId], 'application_moved', `${publicOrigin}/applications`, now)));
      writes.push(auditWrite(db, { at: now, actorUserId: actor.userId, action: `application.${to}`, subjectType: 'application', subjectId: application.id, requestId: c.get('requestId') }));
      await db.atomic(writes);
      const after = await findApplication(db, application.id);
      return c.json({ state: after!.state }, 200);
    })
    .openapi(contactDef, async (c) => {
      const actor = requireUser(c);
      const application = await findApplication(db, c.req.valid('param').id);
      if (!application || application.userId !== actor.userId) throw new ApiError('NOT_FOUND', 'There is no such application.');
      const { share } = c.req.valid('json');
      await db.atomic([setApplicationContactWrite(db, application.id, share, clock.now())]);
      return c.json({ shareContact: share }, 200);
    });
}
