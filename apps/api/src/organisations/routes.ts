import { createRoute, z } from '@hono/zod-openapi';
import { normaliseTaxId, organisationInputSchema, parseIdentifier, taxIdProblem, verificationStates } from '@solidaria/core';
import {
  addOrganisationMemberWrite, auditWrite, createOrganisation, findMunicipality, findOrganisation, findOrganisationByTaxId,
  findUserByIdentifier, listGrants, organisationMembersOf, organisationsOf, setVerificationWrite,
} from '@solidaria/db';
import { authorize, requireUser } from '../auth/actor';
import { errorResponses, jsonBody, jsonContent } from '../auth/json-route';
import { ApiError } from '../errors';
import { routeGroup } from '../route-group';
import type { Services } from '../services';
import { organisationOffersIndexWrites } from '../offers/index-writes';
import { isEmployer, standingOf } from './access';
import { fullOrganisation, organisationSchema, publicOrganisation } from './views';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const organisationOut = z.object({ organisation: organisationSchema, members: z.array(z.object({ userId: z.number(), displayName: z.string() })).optional() }).openapi('Organisation');
const verificationBody = z
  .object({ decision: z.enum(verificationStates).exclude(['unverified']), reason: z.string().trim().min(3).max(500) })
  .openapi('VerificationDecision');
const memberBody = z.object({ identifier: z.string().trim().min(3).max(254) }).openapi('NewMember');

const createRouteDef = createRoute({
  method: 'post', path: '/organizations', summary: 'Register an organisation; it stays unverified until an officer of its municipality verifies it',
  request: { body: jsonBody(organisationInputSchema) },
  responses: { 201: { description: 'The new organisation', content: jsonContent(organisationOut) }, 409: { description: 'This tax id is already registered' }, ...errorResponses },
});
const getRoute = createRoute({
  method: 'get', path: '/organizations/{id}', summary: 'An organisation: its public card, or everything for its people and its office',
  request: { params: idParam },
  responses: { 200: { description: 'The organisation', content: jsonContent(organisationOut) }, 404: { description: 'Nothing the caller may see' }, ...errorResponses },
});
const mineRoute = createRoute({
  method: 'get', path: '/me/organizations', summary: 'The organisations I manage',
  responses: { 200: { description: 'My organisations', content: jsonContent(z.object({ organisations: z.array(organisationSchema) })) }, ...errorResponses },
});
const verifyRoute = createRoute({
  method: 'post', path: '/organizations/{id}/verification', summary: 'Officer of the municipality: verify or reject an organisation, with the reason (logged)',
  request: { params: idParam, body: jsonBody(verificationBody) },
  responses: { 200: { description: 'The organisation after the decision', content: jsonContent(organisationOut) }, 404: { description: 'No such organisation' }, ...errorResponses },
});
const memberRoute = createRoute({
  method: 'post', path: '/organizations/{id}/members', summary: 'Let another person with an account manage this organisation too',
  request: { params: idParam, body: jsonBody(memberBody) },
  responses: { 200: { description: 'The organisation and its people', content: jsonContent(organisationOut) }, 404: { description: 'No such organisation or person' }, ...errorResponses },
});

export function organisationRoutes(services: Services) {
  const { db, clock } = services;
  const load = async (id: number) => {
    const organisation = await findOrganisation(db, id);
    if (!organisation) throw new ApiError('NOT_FOUND', 'There is no such organisation.');
    return organisation;
  };
  return routeGroup()
    .openapi(createRouteDef, async (c) => {
      const actor = requireUser(c);
      authorize(c, services, isEmployer(actor), 'organisation.create');
      const input = c.req.valid('json');
      const municipality = await findMunicipality(db, input.municipalityId);
      if (!municipality) throw new ApiError('VALIDATION_FAILED', 'Some values are not valid.', { municipalityId: 'Unknown municipality.' });
      const problem = taxIdProblem(municipality.country, input.taxId);
      if (problem) throw new ApiError('VALIDATION_FAILED', problem.en, { taxId: problem.en });
      const taxId = normaliseTaxId(municipality.country, input.taxId);
      if (await findOrganisationByTaxId(db, taxId)) throw new ApiError('CONFLICT', 'An organisation with this tax id is already registered; ask its people to add you.');
      const now = clock.now();
      const organisation = await createOrganisation(db, { input: { ...input, taxId }, createdBy: actor.userId, now, member: actor.userId }, [
        auditWrite(db, { at: now, actorUserId: actor.userId, action: 'organisation.created', subjectType: 'organisation_tax_id', subjectId: taxId, requestId: c.get('requestId') }),
      ]).catch((error: unknown) => {
        if (String(error).includes('UNIQUE')) throw new ApiError('CONFLICT', 'An organisation with this tax id is already registered.');
        throw error;
      });
      return c.json({ organisation: fullOrganisation(organisation) }, 201);
    })
    .openapi(getRoute, async (c) => {
      const organisation = await load(c.req.valid('param').id);
      const standing = await standingOf(db, c.get('actor'), organisation);
      if (standing === 'public') {
        // An organisation nobody has verified answers like one that does not exist.
        if (organisation.verification !== 'verified') throw new ApiError('NOT_FOUND', 'There is no such organisation.');
        c.header('cache-control', 'public, max-age=60');
        return c.json({ organisation: publicOrganisation(organisation) }, 200);
      }
      c.header('cache-control', 'no-store');
      return c.json({ organisation: fullOrganisation(organisation), members: await organisationMembersOf(db, organisation.id) }, 200);
    })
    .openapi(mineRoute, async (c) => {
      const actor = requireUser(c);
      c.header('cache-control', 'no-store');
      return c.json({ organisations: (await organisationsOf(db, actor.userId)).map(fullOrganisation) }, 200);
    })
    .openapi(verifyRoute, async (c) => {
      const actor = requireUser(c);
      const organisation = await load(c.req.valid('param').id);
      authorize(c, services, (await standingOf(db, actor, organisation)) === 'office', 'organisation.verify');
      const { decision, reason } = c.req.valid('json');
      const now = clock.now();
      await db.atomic([
        setVerificationWrite(db, organisation.id, { state: decision, reason, officerId: actor.userId, now }),
        // Offers already published appear or disappear with their organisation's standing.
        ...(await organisationOffersIndexWrites(services, organisation.id, { name: organisation.name, verification: decision })),
        auditWrite(db, {
          at: now, actorUserId: actor.userId, action: `organisation.${decision}`, subjectType: 'organisation', subjectId: organisation.id,
          requestId: c.get('requestId'), details: { reason, before: organisation.verification },
        }),
      ]);
      return c.json({ organisation: fullOrganisation(await load(organisation.id)), members: await organisationMembersOf(db, organisation.id) }, 200);
    })
    .openapi(memberRoute, async (c) => {
      const actor = requireUser(c);
      const organisation = await load(c.req.valid('param').id);
      authorize(c, services, (await standingOf(db, actor, organisation)) === 'member', 'organisation.add_member');
      const identifier = parseIdentifier(c.req.valid('json').identifier);
      const person = identifier ? await findUserByIdentifier(db, identifier) : undefined;
      if (!person || !(await listGrants(db, person.id)).some((g) => g.role === 'employer')) {
        throw new ApiError('NOT_FOUND', 'No employer account has this e-mail or phone; they register first, choosing "employer".');
      }
      const now = clock.now();
      await db.atomic([
        addOrganisationMemberWrite(db, organisation.id, person.id),
        auditWrite(db, { at: now, actorUserId: actor.userId, action: 'organisation.member_added', subjectType: 'organisation', subjectId: organisation.id, requestId: c.get('requestId'), details: { userId: person.id } }),
      ]);
      return c.json({ organisation: fullOrganisation(organisation), members: await organisationMembersOf(db, organisation.id) }, 200);
    });
}
