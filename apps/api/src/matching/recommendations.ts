import type { Profile } from '@solidaria/core';
import { findMunicipality, listMunicipalities, loadOffers, offerIdsForProfile, schema } from '@solidaria/db';
import { inArray } from 'drizzle-orm';
import type { Services } from '../services';
import { todayIn } from '../offers/views';
import { matchContext } from './context';
import { rank } from './rank';

const RETRIEVED = 300;

/** Offers for a person, best first, with the score, the reasons and the skills they lack. */
export async function recommendationsFor(services: Services, profile: Profile, limit: number) {
  const { db, clock } = services;
  const now = clock.now();
  const home = await findMunicipality(db, profile.municipalityId);
  const today = todayIn(home?.timeZone ?? 'America/Costa_Rica', now);
  const skillIds = profile.skills.flatMap((s) => ('skillId' in s ? [s.skillId] : []));
  const occupationIds = [...profile.desiredOccupationIds, ...profile.workHistory.flatMap((w) => (w.occupationId ? [w.occupationId] : []))];
  const offers = await loadOffers(db, await offerIdsForProfile(db, { skillIds, occupationIds, municipalityId: profile.municipalityId }, today, RETRIEVED));
  const context = await matchContext(db, {
    today,
    now,
    occupationIds: offers.flatMap((o) => (o.occupationId ? [o.occupationId] : [])),
    skillIds: offers.flatMap((o) => o.skills.map((s) => s.skillId)),
  });
  const ranked = rank(offers, (o) => [profile, o], context, true).slice(0, limit);
  const organisationIds = [...new Set(ranked.map((r) => r.item.organisationId))];
  const names = new Map(
    organisationIds.length
      ? (await db.orm.select({ id: schema.organisations.id, name: schema.organisations.name }).from(schema.organisations).where(inArray(schema.organisations.id, organisationIds))).map((o) => [o.id, o.name])
      : [],
  );
  const places = new Map((await listMunicipalities(db)).map((m) => [m.id, m.name]));
  return ranked.map(({ item: offer, match }) => ({
    offer: {
      id: offer.id, title: offer.title, organisation: { id: offer.organisationId, name: names.get(offer.organisationId) ?? '' },
      municipality: { id: offer.municipalityId, name: places.get(offer.municipalityId) ?? '' }, remote: offer.remote,
      salary: offer.salary, currency: offer.currency, contractType: offer.contractType, workingTime: offer.workingTime, closesOn: offer.closesOn,
    },
    score: match.score,
    reasons: match.reasons.map(({ code, positive, text }) => ({ code, positive, text })),
    missingSkills: match.missingSkills,
  }));
}
