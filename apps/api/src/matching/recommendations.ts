import type { Profile } from '@solidaria/core';
import { findMunicipality, listMunicipalities, loadMatchOffers, loadOffers, offerIdsForProfile, schema } from '@solidaria/db';
import { inArray } from 'drizzle-orm';
import type { Services } from '../services';
import { EARLIEST_TIME_ZONE, todayIn } from '../offers/views';
import { matchContext } from './context';
import { rank } from './rank';

const RETRIEVED = 300;

/** Offers for a person, best first, with the score, the reasons and the skills they lack. */
export async function recommendationsFor(services: Services, profile: Profile, limit: number) {
  const { db, clock } = services;
  const now = clock.now();
  const home = await findMunicipality(db, profile.municipalityId);
  const today = todayIn(home?.timeZone ?? EARLIEST_TIME_ZONE, now);
  const skillIds = profile.skills.flatMap((s) => ('skillId' in s ? [s.skillId] : []));
  const occupationIds = [...profile.desiredOccupationIds, ...profile.workHistory.flatMap((w) => (w.occupationId ? [w.occupationId] : []))];
  // Scoring reads the lean offers; the whole ones are loaded for those shown only.
  const candidates = await loadMatchOffers(db, await offerIdsForProfile(db, { skillIds, occupationIds, municipalityId: profile.municipalityId }, today, RETRIEVED));
  const context = await matchContext(db, { today, now });
  const best = rank(candidates, (o) => [profile, o], context, true).slice(0, limit);
  const whole = new Map((await loadOffers(db, best.map((r) => r.item.id))).map((o) => [o.id, o]));
  const ranked = best.flatMap(({ item, match }) => {
    const offer = whole.get(item.id);
    return offer ? [{ item: offer, match }] : [];
  });
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
