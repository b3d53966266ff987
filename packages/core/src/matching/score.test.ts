import { afterEach, describe, expect, it, vi } from 'vitest';
import { workAuthorizations } from '../profiles/profile';
import { score } from './score';
import { MATCH_CREDITS, MATCH_WEIGHTS, SKILL_UNITS } from './weights';
import type { MatchOffer, MatchProfile, MatchResult, ReasonCode } from './types';
import { OCC, PLACE, TODAY, baseOffer, baseProfile, bornYearsAgo, context } from './fixtures';

const part = (r: MatchResult, code: ReasonCode) => r.reasons.find((x) => x.code === code);
const brokenCodes = (r: MatchResult) => r.reasons.filter((x) => !x.positive && x.weight === 0).map((x) => x.code);
const avFull: MatchProfile['availability'] = { fullTime: true, partTime: false, days: ['mon', 'tue', 'wed', 'thu', 'fri'], shifts: ['morning'], canStartOn: null, willingToRelocate: false };
const av = (over: Partial<MatchProfile['availability']>): MatchProfile['availability'] => ({ ...baseProfile().availability, ...over });

describe('weights', () => {
  it('add up to 100 and a required skill weighs more than a desired one', () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect(SKILL_UNITS.required).toBeGreaterThan(SKILL_UNITS.desired);
  });

  it('the base pair matches in nothing (score 0, yet eligible)', () => {
    const r = score(baseProfile(), baseOffer(), context);
    expect(r).toMatchObject({ eligible: true, score: 0 });
    expect(r.reasons.filter((x) => x.weight > 0).map((x) => x.weight)).toEqual([33.8, 11.3, 20, 15, 5, 7, 8]);
  });
});

describe('hard rules', () => {
  const adolescentOffer = baseOffer({ suitableForAdolescents: true });
  const adultOffer = baseOffer({ suitableForAdolescents: false });
  it.each<[string, string, MatchOffer, boolean, ReasonCode[]]>([
    ['14 years old, offer for adolescents', bornYearsAgo(14), adolescentOffer, true, ['too_young']],
    ['14 years old, any offer', bornYearsAgo(14), adultOffer, true, ['too_young']],
    ['one day short of 15', bornYearsAgo(15, 1), adolescentOffer, true, ['too_young']],
    ['15 today, offer for adolescents', bornYearsAgo(15), adolescentOffer, true, []],
    ['15 today, offer not for adolescents', bornYearsAgo(15), adultOffer, true, ['adolescent_offer_only']],
    ['16, offer not for adolescents', bornYearsAgo(16, -100), adultOffer, true, ['adolescent_offer_only']],
    ['17, offer for adolescents, as the employer sees it', bornYearsAgo(17), adolescentOffer, false, ['not_offered_to_employers']],
    ['17, offer not for adolescents, as the employer sees it', bornYearsAgo(17), adultOffer, false, ['adolescent_offer_only', 'not_offered_to_employers']],
    ['one day short of 18, offer not for adolescents', bornYearsAgo(18, 1), adultOffer, true, ['adolescent_offer_only']],
    ['18 today, any offer', bornYearsAgo(18), adultOffer, false, []],
    ['an adult, offer for adolescents', bornYearsAgo(40), adolescentOffer, false, []],
  ])('age: %s', (_name, birthDate, offer, forSeeker, broken) => {
    const r = score(baseProfile({ birthDate, visibility: 'visible' }), offer, context, { forSeeker });
    expect(brokenCodes(r)).toEqual(broken);
    expect(r.eligible).toBe(broken.length === 0);
    if (broken.length > 0) expect(r.score).toBe(0);
  });

  it.each(workAuthorizations.flatMap((held) => [true, false].map((accepted) => [held, accepted] as const)))(
    'authorisation %s, accepted by the offer: %s',
    (held, accepted) => {
      const others = workAuthorizations.filter((a) => a !== held);
      const offer = baseOffer({ acceptedAuthorizations: accepted ? [held] : others });
      const r = score(baseProfile({ workAuthorization: held, municipalityId: PLACE.upala }), offer, context);
      expect(r.eligible).toBe(accepted);
      expect(brokenCodes(r)).toEqual(accepted ? [] : ['authorization_not_accepted']);
      expect(r.score).toBe(accepted ? 15 : 0);
      if (accepted) expect(part(r, 'authorization_accepted')?.text).toEqual({ es: 'permiso de trabajo aceptado', en: 'work permit accepted' });
    },
  );

  it.each([
    ['expired yesterday', '2026-06-14', false],
    ['expires today (valid through the day)', TODAY, true],
    ['expires tomorrow', '2026-06-16', true],
    ['no expiry date', null, true],
  ] as const)('work permit %s', (_name, expiresOn, eligible) => {
    const r = score(baseProfile({ workAuthorizationExpiresOn: expiresOn }), baseOffer(), context);
    expect(r.eligible).toBe(eligible);
    expect(brokenCodes(r)).toEqual(eligible ? [] : ['authorization_expired']);
  });

  it.each([
    ['hidden', 'for an employer', false, false],
    ['hidden', 'for the person themselves', true, true],
    ['anonymous', 'for an employer', false, true],
    ['visible', 'for an employer', false, true],
    ['anonymous', 'for the person themselves', true, true],
  ] as const)('a %s profile %s', (visibility, _name, forSeeker, eligible) => {
    const r = score(baseProfile({ visibility, municipalityId: PLACE.upala }), baseOffer(), context, { forSeeker });
    expect(r.eligible).toBe(eligible);
    expect(brokenCodes(r)).toEqual(eligible ? [] : ['not_offered_to_employers']);
    expect(r.score).toBe(eligible ? 15 : 0);
  });

  it('names every broken rule at once, and nothing else', () => {
    const r = score(
      baseProfile({ birthDate: bornYearsAgo(16), visibility: 'hidden', workAuthorization: 'none', workAuthorizationExpiresOn: '2026-01-01' }),
      baseOffer(),
      context,
    );
    expect(r).toMatchObject({ eligible: false, score: 0, missingSkills: [] });
    expect(r.reasons.map((x) => x.code)).toEqual(['adolescent_offer_only', 'not_offered_to_employers', 'authorization_not_accepted', 'authorization_expired']);
    expect(r.reasons.every((x) => !x.positive && x.points === 0)).toBe(true);
  });
});

describe('weighted parts (each alone on the base pair)', () => {
  const allSkills: MatchProfile['skills'] = [
    { skillId: 201, level: 'advanced' },
    { skillId: 202, level: 'basic' },
    { skillId: 203, level: 'basic' },
    { skillId: 204, level: 'basic' },
  ];
  it.each<[string, Partial<MatchProfile>, Partial<MatchOffer>, number]>([
    // place: 15
    ['lives in the municipality', { municipalityId: PLACE.upala }, {}, 15],
    ['lives in a neighbouring one (0.75)', { municipalityId: PLACE.losChiles }, {}, 11.3],
    ['lives in a neighbouring one, west (0.75)', { municipalityId: PLACE.laCruz }, {}, 11.3],
    ['far, but willing to move (0.4)', { availability: av({ willingToRelocate: true }) }, {}, 6],
    ['far, remote offer', {}, { remote: true }, 15],
    // skills: 45 shared 3:1, here 33.75 required and 11.25 desired
    ['every required skill at the level', { skills: allSkills.slice(0, 2) }, {}, 33.8],
    ['a required skill above the level asked', { skills: [{ skillId: 201, level: 'expert' }, { skillId: 202, level: 'advanced' }] }, {}, 33.8],
    ['one required skill one level below (2/3)', { skills: [{ skillId: 201, level: 'intermediate' }, { skillId: 202, level: 'basic' }] }, {}, 28.1],
    ['one required skill two levels below (1/3)', { skills: [{ skillId: 201, level: 'basic' }, { skillId: 202, level: 'basic' }] }, {}, 22.5],
    ['one of two required skills', { skills: [{ skillId: 202, level: 'basic' }] }, {}, 16.9],
    ['every desired skill', { skills: allSkills.slice(2) }, {}, 11.3],
    ['one of two desired skills', { skills: [{ skillId: 203, level: 'expert' }] }, {}, 5.6],
    ['a skill in their own words counts for nothing', { skills: [{ customLabel: 'montacargas', level: 'expert' }] }, {}, 0],
    ['only required skills asked: they take all 45', { skills: allSkills.slice(0, 2) }, { skills: baseOffer().skills.slice(0, 2) }, 45],
    // occupation: 20
    ['wants the same ESCO occupation', { desiredOccupationIds: [OCC.forklift] }, {}, 20],
    ['wants one of the same ISCO unit group (0.8)', { desiredOccupationIds: [OCC.forkliftOther] }, {}, 16],
    ['wants one of the same ISCO minor group (0.4)', { desiredOccupationIds: [OCC.crane] }, {}, 8],
    ['wants a different occupation', { desiredOccupationIds: [OCC.cook, OCC.noIsco] }, {}, 0],
    ['worked in the same occupation (0 months)', { workHistory: [{ title: 'x', occupationId: OCC.forklift, employer: '', months: 0, formal: false }] }, {}, 20],
    ['the best of desired and history counts', { desiredOccupationIds: [OCC.crane], workHistory: [{ title: 'x', occupationId: OCC.forkliftOther, employer: '', months: 0, formal: true }] }, {}, 16],
    ['3 skills of the occupation, no title (0.6 × 3/5)', { skills: [101, 102, 103].map((skillId) => ({ skillId, level: 'basic' as const })) }, {}, 7.2],
    ['5 skills of the occupation, no title (0.6)', { skills: [101, 102, 103, 104, 105].map((skillId) => ({ skillId, level: 'basic' as const })) }, {}, 12],
    ['same unit group and 5 skills of the occupation: 1 − 0.2 × 0.4', { desiredOccupationIds: [OCC.forkliftOther], skills: [101, 102, 103, 104, 105].map((skillId) => ({ skillId, level: 'basic' as const })) }, {}, 18.4],
    // languages: 5
    ['speaks the language at the level asked', { languages: [{ code: 'en', level: 'B1' }] }, {}, 5],
    ['speaks it natively', { languages: [{ code: 'en', level: 'native' }] }, {}, 5],
    ['speaks it one level below (2/3)', { languages: [{ code: 'en', level: 'A2' }] }, {}, 3.3],
    ['speaks another language', { languages: [{ code: 'es', level: 'native' }] }, {}, 0],
    // availability: 7 (working time half, days and shifts a quarter each)
    ['full time, weekdays, mornings', { availability: { ...avFull } }, {}, 7],
    ['full time only', { availability: av({ fullTime: true }) }, {}, 3.5],
    ['full time, 3 of 5 days, mornings', { availability: { ...avFull, days: ['mon', 'wed', 'fri'] } }, {}, 6.3],
    ['nothing stated (half credit)', { availability: av({ partTime: false, days: [], shifts: [] }) }, {}, 3.5],
    ['part time, for a part-time offer with no days or shifts', { availability: av({ days: [], shifts: [] }) }, { workingTime: 'part_time', days: [], shifts: [] }, 7],
    // experience: 8 (24 months in the same occupation for all of it; unrelated months count 0.4)
    ['24 months of unrelated work (0.4)', { workHistory: [{ title: 'x', occupationId: null, employer: '', months: 24, formal: true }] }, {}, 3.2],
    ['60 months of unrelated work', { workHistory: [{ title: 'x', occupationId: OCC.cook, employer: '', months: 60, formal: true }] }, {}, 8],
    ['6 formal and 6 informal months of unrelated work count alike', { workHistory: [true, false].map((formal) => ({ title: 'x', occupationId: null, employer: '', months: 6, formal })) }, {}, 1.6],
  ])('%s', (_name, profileOver, offerOver, expected) => {
    expect(score(baseProfile(profileOver), baseOffer(offerOver), context).score).toBe(expected);
  });

  it('experience in the same occupation counts fully, formal or informal (24 months: 8, with the occupation 20)', () => {
    const workHistory = [true, false].map((formal) => ({ title: 'x', occupationId: OCC.forklift, employer: '', months: 12, formal }));
    const r = score(baseProfile({ workHistory }), baseOffer(), context);
    expect(part(r, 'experience')?.points).toBe(8);
    expect(r.score).toBe(28);
    const sameUnit = score(baseProfile({ workHistory: [{ title: 'x', occupationId: OCC.forkliftOther, employer: '', months: 12, formal: false }] }), baseOffer(), context);
    // 12 × (0.4 + 0.6 × 0.8) = 10.56 months of 24 → 3.52 points
    expect(part(sameUnit, 'experience')?.points).toBe(3.5);
  });

  it('a missing required skill costs more than a missing desired one', () => {
    const skills = (lacking: number) => baseProfile({ skills: [201, 202, 203, 204].filter((id) => id !== lacking).map((skillId) => ({ skillId, level: 'expert' as const })) });
    const offer = baseOffer({ skills: [{ skillId: 201, level: 'basic', required: true }, ...[202, 203, 204].map((skillId) => ({ skillId, level: 'basic' as const, required: false }))] });
    // one required and three desired: still, the required one weighs more
    expect(score(skills(201), offer, context).score).toBeLessThan(score(skills(202), offer, context).score);
    expect(score(skills(201), baseOffer(), context).score).toBeLessThan(score(skills(203), baseOffer(), context).score);
  });

  it('a perfect fit scores 100', () => {
    const r = score(
      baseProfile({
        municipalityId: PLACE.upala,
        desiredOccupationIds: [OCC.forklift],
        skills: [201, 202, 203, 204].map((skillId) => ({ skillId, level: 'expert' as const })),
        languages: [{ code: 'en', level: 'C1' }],
        availability: { ...avFull },
        workHistory: [{ title: 'x', occupationId: OCC.forklift, employer: '', months: 30, formal: false }],
      }),
      baseOffer(),
      context,
    );
    expect(r.score).toBe(100);
    expect(r.missingSkills).toEqual([]);
    expect(r.reasons.filter((x) => x.weight > 0).every((x) => x.positive && x.points === x.weight)).toBe(true);
  });
});

describe('parts the offer does not name are left out and the rest scaled to 100', () => {
  it.each<[string, Partial<MatchOffer>, number]>([
    ['no skills: place is 15 of 55', { skills: [] }, 27.3],
    ['no occupation: place is 15 of 80', { occupationId: null }, 18.8],
    ['no language: place is 15 of 95', { languages: [] }, 15.8],
    ['no skills, occupation or language: place is 15 of 30', { skills: [], occupationId: null, languages: [] }, 50],
  ])('%s', (_name, offerOver, expected) => {
    expect(score(baseProfile({ municipalityId: PLACE.upala }), baseOffer(offerOver), context).score).toBe(expected);
  });

  it('an offer naming no skills still ranks people apart, and a full fit on the rest is 100', () => {
    const offer = baseOffer({ skills: [] });
    const fit = baseProfile({ municipalityId: PLACE.upala, desiredOccupationIds: [OCC.forklift], languages: [{ code: 'en', level: 'B2' }], availability: { ...avFull }, workHistory: [{ title: 'x', occupationId: OCC.forklift, employer: '', months: 24, formal: true }] });
    expect(score(fit, offer, context).score).toBe(100);
    expect(score(baseProfile({ municipalityId: PLACE.losChiles }), offer, context).score).toBeGreaterThan(0);
    expect(score(fit, offer, context).reasons.map((x) => x.code)).not.toContain('required_skills');
  });
});

describe('reasons', () => {
  it('say the short sentences in both languages', () => {
    const r = score(
      baseProfile({ municipalityId: PLACE.upala, skills: [{ skillId: 202, level: 'basic' }, { skillId: 203, level: 'basic' }] }),
      baseOffer({ skills: [...baseOffer().skills, { skillId: 205, level: 'basic', required: true }, { skillId: 206, level: 'basic', required: true }] }),
      context,
    );
    expect(part(r, 'authorization_accepted')).toMatchObject({ positive: true, text: { es: 'permiso de trabajo aceptado', en: 'work permit accepted' } });
    expect(part(r, 'place')?.text).toEqual({ es: 'vive en Upala', en: 'lives in Upala' });
    expect(part(r, 'required_skills')?.text).toEqual({
      es: '1 de 4 habilidades requeridas; le faltan: manejo de montacargas, es-skill-205 y 1 más',
      en: '1 of 4 required skills; missing: forklift operation, en-skill-205 and 1 more',
    });
    expect(part(r, 'required_skills')?.positive).toBe(false);
    expect(part(r, 'desired_skills')?.text).toEqual({ es: '1 de 2 habilidades deseables', en: '1 of 2 desired skills' });
  });

  it('3 de 4 habilidades requeridas; le falta: manejo de montacargas', () => {
    const offer = baseOffer({ skills: [201, 202, 205, 206].map((skillId) => ({ skillId, level: 'basic' as const, required: true })) });
    const r = score(baseProfile({ skills: [202, 205, 206].map((skillId) => ({ skillId, level: 'basic' as const })) }), offer, context);
    expect(part(r, 'required_skills')?.text).toEqual({ es: '3 de 4 habilidades requeridas; le falta: manejo de montacargas', en: '3 of 4 required skills; missing: forklift operation' });
    expect(part(r, 'required_skills')?.positive).toBe(true);
  });

  it('name every missing skill, required first, with the level asked and held', () => {
    const r = score(baseProfile({ skills: [{ skillId: 201, level: 'intermediate' }, { skillId: 204, level: 'basic' }] }), baseOffer(), context);
    expect(r.missingSkills).toEqual([
      { skillId: 201, required: true, label: { es: 'manejo de montacargas', en: 'forklift operation' }, levelAsked: 'advanced', levelHeld: 'intermediate' },
      { skillId: 202, required: true, label: { es: 'control de inventario', en: 'stock control' }, levelAsked: 'basic' },
      { skillId: 203, required: false, label: { es: 'seguridad industrial', en: 'workplace safety' }, levelAsked: 'basic' },
    ]);
    expect(part(r, 'required_skills')?.text.es).toBe('0 de 2 habilidades requeridas, 1 a menor nivel; le falta: control de inventario');
  });

  it.each<[string, Partial<MatchProfile>, Partial<MatchOffer>, ReasonCode, { es: string; en: string }]>([
    ['neighbour', { municipalityId: PLACE.losChiles }, {}, 'place', { es: 'vive en Los Chiles, cerca de Upala', en: 'lives in Los Chiles, near Upala' }],
    ['far', {}, {}, 'place', { es: 'vive en David, lejos de Upala', en: 'lives in David, far from Upala' }],
    ['relocate', { availability: av({ willingToRelocate: true }) }, {}, 'place', { es: 'dispuesto a mudarse a Upala', en: 'willing to move to Upala' }],
    ['remote', {}, { remote: true }, 'place', { es: 'trabajo remoto', en: 'remote work' }],
    ['occupation', { desiredOccupationIds: [OCC.forklift] }, {}, 'occupation', { es: 'busca trabajo en esta ocupación', en: 'looking for work in this occupation' }],
    ['related skills', { desiredOccupationIds: [OCC.crane], skills: [{ skillId: 101, level: 'basic' }, { skillId: 102, level: 'basic' }] }, {}, 'occupation', { es: 'ocupación afín; 2 habilidades propias de la ocupación', en: 'a related occupation; 2 skills of this occupation' }],
    ['language', { languages: [{ code: 'en', level: 'A1' }] }, {}, 'languages', { es: 'no habla el idioma al nivel pedido; le falta: inglés B1', en: 'does not speak the language at the level asked; missing: English B1' }],
    ['availability', { availability: { ...avFull, days: ['mon', 'tue'] } }, {}, 'availability', { es: 'tiempo completo, 2 de 5 días, 1 de 1 turnos', en: 'full time, 2 of 5 days, 1 of 1 shifts' }],
    ['experience', { workHistory: [{ title: 'x', occupationId: OCC.forklift, employer: '', months: 14, formal: false }, { title: 'y', occupationId: null, employer: '', months: 10, formal: true }] }, {}, 'experience', { es: '24 meses de experiencia, 14 en el oficio', en: '24 months of experience, 14 in this line of work' }],
  ])('%s', (_name, profileOver, offerOver, code, text) => {
    expect(part(score(baseProfile(profileOver), baseOffer(offerOver), context), code)?.text).toEqual(text);
  });
});

describe('purity', () => {
  afterEach(() => vi.useRealTimers());

  it('counts on context.today, never the clock', () => {
    const p = baseProfile({ birthDate: bornYearsAgo(18), workAuthorizationExpiresOn: TODAY, municipalityId: PLACE.upala });
    const first = score(p, baseOffer(), context);
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2040-01-01T00:00:00Z'));
    expect(score(p, baseOffer(), context)).toEqual(first);
    vi.setSystemTime(new Date('2000-01-01T00:00:00Z'));
    expect(score(p, baseOffer(), context)).toEqual(first);
    expect(first.eligible).toBe(true);
    expect(score(p, baseOffer(), { ...context, today: '2026-06-14' }).eligible).toBe(false);
  });

  it('scores a 60-skill profile against a 30-skill offer well under a millisecond', () => {
    const profile = baseProfile({ skills: Array.from({ length: 60 }, (_, i) => ({ skillId: 100 + i * 2, level: 'intermediate' as const })) });
    const offer = baseOffer({ skills: Array.from({ length: 30 }, (_, i) => ({ skillId: 100 + i * 3, level: 'advanced' as const, required: i % 2 === 0 })) });
    for (let i = 0; i < 500; i++) score(profile, offer, context);
    const times: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const t = performance.now();
      score(profile, offer, context);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    // The budget is p95 ≤ 5 ms; shared machines are noisy, so only that is asserted.
    expect(times[Math.floor(times.length * 0.95)]!).toBeLessThan(5);
  });
});

describe('credits', () => {
  it('keep the order the design asks for', () => {
    expect(MATCH_CREDITS.sameOccupation).toBeGreaterThan(MATCH_CREDITS.sameUnitGroup);
    expect(MATCH_CREDITS.sameUnitGroup).toBeGreaterThan(MATCH_CREDITS.sameMinorGroup);
    expect(MATCH_CREDITS.sameMunicipality).toBeGreaterThan(MATCH_CREDITS.neighbour);
    expect(MATCH_CREDITS.neighbour).toBeGreaterThan(MATCH_CREDITS.willingToRelocate);
  });
});
