import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageLevels, shifts, skillLevels, visibilities, weekDays, workAuthorizations } from '../profiles/profile';
import { score } from './score';
import type { MatchContext, MatchOffer, MatchProfile } from './types';
import { TODAY, context } from './fixtures';

// Small id spaces so that profiles and offers often share skills, occupations and places.
const skillId = fc.integer({ min: 100, max: 130 });
const occupationId = fc.integer({ min: 1, max: 6 });
const municipalityId = fc.integer({ min: 1, max: 4 });
const level = fc.constantFrom(...skillLevels);
const date = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
const language = fc.record({ code: fc.constantFrom('es', 'en', 'fr', 'ht'), level: fc.constantFrom(...languageLevels) });
const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

const profileArb: fc.Arbitrary<MatchProfile> = fc.record({
  userId: fc.integer({ min: 1, max: 1000 }),
  // mostly adults, some adolescents and children around the thresholds, some anything
  birthDate: fc.oneof(
    { arbitrary: date.filter((d) => d >= '1950-01-01' && d <= '2007-12-31'), weight: 4 },
    { arbitrary: fc.integer({ min: 13, max: 19 }).map((y) => `${2026 - y}-06-${y % 2 === 0 ? '14' : '16'}`), weight: 1 },
    { arbitrary: date, weight: 1 },
  ),
  visibility: fc.constantFrom(...visibilities),
  municipalityId,
  desiredOccupationIds: fc.array(occupationId, { maxLength: 3 }),
  skills: fc.array(
    fc.oneof(
      fc.record({ skillId, level }),
      fc.record({ customLabel: fc.constantFrom('cocina', 'albañilería'), level }),
    ),
    { maxLength: 20 },
  ),
  languages: fc.array(language, { maxLength: 3 }),
  workHistory: fc.array(
    fc.record({
      title: fc.constant('trabajo'),
      occupationId: fc.option(occupationId, { nil: null }),
      employer: fc.constant(''),
      months: fc.integer({ min: 0, max: 720 }),
      formal: fc.boolean(),
    }),
    { maxLength: 4 },
  ),
  availability: fc.record({
    fullTime: fc.boolean(),
    partTime: fc.boolean(),
    days: subset(weekDays),
    shifts: subset(shifts),
    canStartOn: fc.constant(null),
    willingToRelocate: fc.boolean(),
  }),
  workAuthorization: fc.constantFrom(...workAuthorizations),
  // around today, so that expired and valid permits both come up
  workAuthorizationExpiresOn: fc.option(fc.constantFrom('2025-01-31', '2026-06-14', TODAY, '2026-06-16', '2028-03-01'), { nil: null }),
});

const offerArb: fc.Arbitrary<MatchOffer> = fc.record({
  id: fc.integer({ min: 1, max: 1000 }),
  occupationId: fc.option(occupationId, { nil: null }),
  skills: fc.array(fc.record({ skillId, level, required: fc.boolean() }), { maxLength: 12 }),
  municipalityId,
  remote: fc.boolean(),
  workingTime: fc.constantFrom('full_time', 'part_time'),
  days: subset(weekDays),
  shifts: subset(shifts),
  acceptedAuthorizations: fc.subarray([...workAuthorizations], { minLength: 1 }),
  suitableForAdolescents: fc.boolean(),
  languages: fc.array(language, { maxLength: 2 }),
  closesOn: fc.constant('2026-12-31'),
});

/** The fixture taxonomy, with occupation 6 relating skills 100–110 so that relation counts too. */
const ctx: MatchContext = {
  ...context,
  iscoCodeOf: (id) => ({ 1: '8344', 2: '8344', 3: '8343', 4: '5120', 6: '8341' })[id],
  skillsOfOccupation: (id) => (id === 6 ? new Set([100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110]) : context.skillsOfOccupation(id)),
};
const forSeeker = fc.boolean();

/** Pairs where the offer usually accepts the person's authorisation, so that most are eligible. */
const pairArb = fc.tuple(profileArb, offerArb, fc.nat(3)).map(([profile, offer, coin]): [MatchProfile, MatchOffer] =>
  coin === 0 || offer.acceptedAuthorizations.includes(profile.workAuthorization)
    ? [profile, offer]
    : [profile, { ...offer, acceptedAuthorizations: [...offer.acceptedAuthorizations, profile.workAuthorization] }],
);
const runs = { numRuns: 1000 };

describe('score, for any profile and offer', () => {
  it('is within 0–100, and 0 with eligible false whenever a hard rule is broken', () => {
    fc.assert(
      fc.property(pairArb, forSeeker, ([profile, offer], seeker) => {
        const r = score(profile, offer, ctx, { forSeeker: seeker });
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        const broken = r.reasons.some((x) => !x.positive && x.weight === 0);
        expect(r.eligible).toBe(!broken);
        if (!r.eligible) {
          expect(r.score).toBe(0);
          expect(r.reasons.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('an ineligible pair never ranks: it is exactly the pair breaking a hard rule', () => {
    fc.assert(
      fc.property(pairArb, forSeeker, ([profile, offer], seeker) => {
        const r = score(profile, offer, ctx, { forSeeker: seeker });
        const on = TODAY;
        const [y, m, d] = profile.birthDate.split('-').map(Number) as [number, number, number];
        const [ty, tm, td] = on.split('-').map(Number) as [number, number, number];
        const age = ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
        const shouldBreak =
          age < 15 ||
          (age < 18 && !offer.suitableForAdolescents) ||
          (!seeker && (profile.visibility === 'hidden' || age < 18)) ||
          !offer.acceptedAuthorizations.includes(profile.workAuthorization) ||
          (profile.workAuthorizationExpiresOn !== null && profile.workAuthorizationExpiresOn < on);
        expect(r.eligible).toBe(!shouldBreak);
        // Ranking best first, with ineligible pairs dropped or at 0, never puts one above an eligible pair.
        if (shouldBreak) expect(r.score).toBe(0);
      }),
      runs,
    );
  });

  it('adding a required skill the person has, at or above the level asked, never lowers their score', () => {
    const withHeld = fc
      .tuple(pairArb, forSeeker, fc.nat(), fc.nat())
      .filter(([[p]]) => p.skills.some((s) => 'skillId' in s));
    let eligible = 0;
    fc.assert(
      fc.property(withHeld, ([[profile, offer], seeker, pick, levelPick]) => {
        const heldSkills = profile.skills.filter((s): s is { skillId: number; level: (typeof skillLevels)[number] } => 'skillId' in s);
        const chosen = heldSkills[pick % heldSkills.length]!;
        const heldRank = skillLevels.indexOf(chosen.level);
        const askedLevel = skillLevels[levelPick % (heldRank + 1)]!;
        const before = score(profile, offer, ctx, { forSeeker: seeker });
        const more = { ...offer, skills: [...offer.skills, { skillId: chosen.skillId, level: askedLevel, required: true }] };
        const after = score(profile, more, ctx, { forSeeker: seeker });
        expect(after.eligible).toBe(before.eligible);
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        if (before.eligible) eligible++;
      }),
      runs,
    );
    // the property must have been tried on many eligible pairs, not only on zeros
    expect(eligible).toBeGreaterThan(runs.numRuns / 4);
  });

  it('gives every reason a sentence in Spanish and in English, and labels every missing skill in both', () => {
    fc.assert(
      fc.property(pairArb, forSeeker, ([profile, offer], seeker) => {
        const r = score(profile, offer, ctx, { forSeeker: seeker });
        for (const reason of r.reasons) {
          expect(reason.text.es.trim()).not.toBe('');
          expect(reason.text.en.trim()).not.toBe('');
          expect(reason.points).toBeLessThanOrEqual(reason.weight);
        }
        for (const m of r.missingSkills) {
          expect(m.label.es).not.toBe('');
          expect(m.label.en).not.toBe('');
        }
        // required first
        const firstDesired = r.missingSkills.findIndex((m) => !m.required);
        if (firstDesired >= 0) expect(r.missingSkills.slice(firstDesired).every((m) => !m.required)).toBe(true);
      }),
      runs,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(pairArb, ([profile, offer]) => {
        expect(score(profile, offer, ctx)).toEqual(score(profile, offer, ctx));
      }),
      { numRuns: 200 },
    );
  });
});
