import { workingAge } from '../profiles/age';
import { isOfferedToEmployers } from '../profiles/views';
import { skillLevels } from '../profiles/profile';
import type { Localised } from '../screening/types';
import type { MatchContext, MatchOffer, MatchProfile, MatchReason, MatchResult, ReasonCode, ScoreOptions } from './types';
import { MATCH_CREDITS, MATCH_WEIGHTS, SKILL_UNITS } from './weights';
import { LANGUAGE_NAMES, LANGUAGE_RANK, SKILL_RANK, levelCredit, listNames, round1 } from './wording';

type Part = Exclude<keyof typeof MATCH_WEIGHTS, 'skills'> | 'required_skills' | 'desired_skills';

/**
 * How well a person fits an offer, from 0 to 100, with the reasons in Spanish and English
 * and the skills they lack. Pure: everything it needs comes in `context` (counted on
 * `context.today`), nothing is read or written. Hard rules first (legal working age, the
 * work authorisation the offer accepts and its expiry, the profile's visibility to
 * employers unless `options.forSeeker`): breaking any gives `eligible: false`, score 0 and
 * only the broken rules as reasons. Then the weighted parts of `MATCH_WEIGHTS`.
 */
export function score(profile: MatchProfile, offer: MatchOffer, context: MatchContext, options: ScoreOptions = {}): MatchResult {
  const today = context.today;
  const on = new Date(`${today}T00:00:00Z`);

  // --- hard rules -----------------------------------------------------------------------
  const broken: MatchReason[] = [];
  const rule = (code: ReasonCode, es: string, en: string): MatchReason => ({ code, positive: false, points: 0, weight: 0, text: { es, en } });

  const age = workingAge(profile.birthDate, on);
  if (age === 'child') broken.push(rule('too_young', 'menor de 15 años: no puede trabajar', 'under 15: may not work'));
  else if (age === 'adolescent' && !offer.suitableForAdolescents) {
    broken.push(rule('adolescent_offer_only', 'menor de edad: solo ofertas aptas para adolescentes', 'under 18: only offers suitable for adolescents'));
  }
  if (!options.forSeeker && age !== 'child' && !isOfferedToEmployers(profile, on)) {
    broken.push(
      profile.visibility === 'hidden'
        ? rule('not_offered_to_employers', 'perfil oculto a empleadores', 'profile hidden from employers')
        : rule('not_offered_to_employers', 'perfil de menor de edad: no se muestra a empleadores', 'profile of a minor: not shown to employers'),
    );
  }
  const accepted = offer.acceptedAuthorizations.includes(profile.workAuthorization);
  if (!accepted) broken.push(rule('authorization_not_accepted', 'la oferta no acepta su permiso de trabajo', 'the offer does not accept their work permit'));
  const expiresOn = profile.workAuthorizationExpiresOn;
  if (expiresOn !== null && expiresOn < today) {
    broken.push(rule('authorization_expired', `permiso de trabajo vencido (${expiresOn})`, `work permit expired (${expiresOn})`));
  }
  if (broken.length > 0) return { score: 0, eligible: false, reasons: broken, missingSkills: [] };

  // --- weighted parts -------------------------------------------------------------------
  const held = new Map<number, number>();
  for (const s of profile.skills) {
    if (!('skillId' in s)) continue;
    const rank = SKILL_RANK[s.level] ?? 0;
    const before = held.get(s.skillId);
    if (before === undefined || rank > before) held.set(s.skillId, rank);
  }

  // Skills: each offer skill once (required wins over desired when listed twice).
  const asked = new Map<number, { required: boolean; rank: number }>();
  for (const s of offer.skills) {
    const rank = SKILL_RANK[s.level] ?? 0;
    const before = asked.get(s.skillId);
    if (!before || (s.required && !before.required) || (s.required === before.required && rank > before.rank)) {
      asked.set(s.skillId, { required: s.required, rank });
    }
  }
  let nRequired = 0, nDesired = 0, creditRequired = 0, creditDesired = 0;
  let fullRequired = 0, belowRequired = 0, fullDesired = 0, belowDesired = 0;
  const missingRequired: MatchResult['missingSkills'] = [];
  const missingDesired: MatchResult['missingSkills'] = [];
  for (const [skillId, a] of asked) {
    const h = held.get(skillId);
    const credit = levelCredit(h, a.rank);
    if (a.required) { nRequired++; creditRequired += credit; } else { nDesired++; creditDesired += credit; }
    if (credit === 1) { if (a.required) fullRequired++; else fullDesired++; continue; }
    if (h !== undefined) { if (a.required) belowRequired++; else belowDesired++; }
    const missing: MatchResult['missingSkills'][number] = {
      skillId,
      required: a.required,
      label: { es: context.skillLabel(skillId, 'es'), en: context.skillLabel(skillId, 'en') },
      levelAsked: skillLevels[a.rank]!,
    };
    if (h !== undefined) missing.levelHeld = skillLevels[h]!;
    (a.required ? missingRequired : missingDesired).push(missing);
  }
  const missingSkills = [...missingRequired, ...missingDesired];

  // Occupation.
  const offerOcc = offer.occupationId;
  const offerIsco = offerOcc === null ? undefined : context.iscoCodeOf(offerOcc)?.slice(0, 4);
  const relation = (occ: number | null): number => {
    if (offerOcc === null || occ === null) return 0;
    if (occ === offerOcc) return MATCH_CREDITS.sameOccupation;
    if (!offerIsco) return 0;
    const isco = context.iscoCodeOf(occ);
    if (!isco) return 0;
    if (isco.slice(0, 4) === offerIsco) return MATCH_CREDITS.sameUnitGroup;
    if (isco.slice(0, 3) === offerIsco.slice(0, 3)) return MATCH_CREDITS.sameMinorGroup;
    return 0;
  };

  // --- assemble, with parts that apply -------------------------------------------------
  const parts: { part: Part; nominal: number; credit: number; text: Localised }[] = [];

  if (asked.size > 0) {
    const units = nRequired * SKILL_UNITS.required + nDesired * SKILL_UNITS.desired;
    if (nRequired > 0) {
      const below = belowRequired > 0 ? { es: `, ${belowRequired} a menor nivel`, en: `, ${belowRequired} below the level asked` } : { es: '', en: '' };
      const names = missingRequired.filter((m) => m.levelHeld === undefined);
      const lack = names.length > 0
        ? {
          es: `; le ${names.length === 1 ? 'falta' : 'faltan'}: ${listNames(names.map((m) => m.label.es), 'es')}`,
          en: `; missing: ${listNames(names.map((m) => m.label.en), 'en')}`,
        }
        : { es: '', en: '' };
      parts.push({
        part: 'required_skills',
        nominal: (MATCH_WEIGHTS.skills * nRequired * SKILL_UNITS.required) / units,
        credit: creditRequired / nRequired,
        text: {
          es: `${fullRequired} de ${nRequired} habilidades requeridas${below.es}${lack.es}`,
          en: `${fullRequired} of ${nRequired} required skills${below.en}${lack.en}`,
        },
      });
    }
    if (nDesired > 0) {
      const below = belowDesired > 0 ? { es: `, ${belowDesired} a menor nivel`, en: `, ${belowDesired} below the level asked` } : { es: '', en: '' };
      parts.push({
        part: 'desired_skills',
        nominal: (MATCH_WEIGHTS.skills * nDesired * SKILL_UNITS.desired) / units,
        credit: creditDesired / nDesired,
        text: {
          es: `${fullDesired} de ${nDesired} habilidades deseables${below.es}`,
          en: `${fullDesired} of ${nDesired} desired skills${below.en}`,
        },
      });
    }
  }

  if (offerOcc !== null) {
    let best = 0;
    let fromDesired = false;
    for (const occ of profile.desiredOccupationIds) {
      const r = relation(occ);
      if (r > best) { best = r; fromDesired = true; }
    }
    for (const w of profile.workHistory) {
      const r = relation(w.occupationId);
      if (r > best) { best = r; fromDesired = false; }
    }
    const occSkills = context.skillsOfOccupation(offerOcc);
    let related = 0;
    if (occSkills.size > 0) for (const id of held.keys()) if (occSkills.has(id)) related++;
    const forFull = Math.min(MATCH_CREDITS.relatedSkillsForFull, occSkills.size);
    const skillCredit = forFull > 0 ? MATCH_CREDITS.relatedSkillsMax * Math.min(1, related / forFull) : 0;
    // Either sign is enough; both together add up without passing 1.
    const credit = 1 - (1 - best) * (1 - skillCredit);
    const bits: Localised[] = [];
    if (best === MATCH_CREDITS.sameOccupation) {
      bits.push(fromDesired ? { es: 'busca trabajo en esta ocupación', en: 'looking for work in this occupation' } : { es: 'ha trabajado en esta ocupación', en: 'has worked in this occupation' });
    } else if (best === MATCH_CREDITS.sameUnitGroup) {
      bits.push({ es: 'ocupación muy cercana', en: 'a closely related occupation' });
    } else if (best === MATCH_CREDITS.sameMinorGroup) {
      bits.push({ es: 'ocupación afín', en: 'a related occupation' });
    }
    if (related > 0) {
      bits.push(related === 1
        ? { es: '1 habilidad propia de la ocupación', en: '1 skill of this occupation' }
        : { es: `${related} habilidades propias de la ocupación`, en: `${related} skills of this occupation` });
    }
    if (bits.length === 0) bits.push({ es: 'otra ocupación', en: 'a different occupation' });
    parts.push({
      part: 'occupation',
      nominal: MATCH_WEIGHTS.occupation,
      credit,
      text: { es: bits.map((b) => b.es).join('; '), en: bits.map((b) => b.en).join('; ') },
    });
  }

  {
    const offerPlace = context.municipalityName(offer.municipalityId);
    let credit: number;
    let text: Localised;
    if (offer.remote) {
      credit = MATCH_CREDITS.remote;
      text = { es: 'trabajo remoto', en: 'remote work' };
    } else if (profile.municipalityId === offer.municipalityId) {
      credit = MATCH_CREDITS.sameMunicipality;
      text = { es: `vive en ${offerPlace}`, en: `lives in ${offerPlace}` };
    } else {
      const home = context.municipalityName(profile.municipalityId);
      if (context.areNeighbours(profile.municipalityId, offer.municipalityId)) {
        credit = MATCH_CREDITS.neighbour;
        text = { es: `vive en ${home}, cerca de ${offerPlace}`, en: `lives in ${home}, near ${offerPlace}` };
      } else if (profile.availability.willingToRelocate) {
        credit = MATCH_CREDITS.willingToRelocate;
        text = { es: `dispuesto a mudarse a ${offerPlace}`, en: `willing to move to ${offerPlace}` };
      } else {
        credit = 0;
        text = { es: `vive en ${home}, lejos de ${offerPlace}`, en: `lives in ${home}, far from ${offerPlace}` };
      }
    }
    parts.push({ part: 'place', nominal: MATCH_WEIGHTS.place, credit, text });
  }

  if (offer.languages.length > 0) {
    let credit = 0;
    let met = 0;
    const lacking: Localised[] = [];
    for (const l of offer.languages) {
      const want = LANGUAGE_RANK[l.level] ?? 0;
      let have: number | undefined;
      for (const p of profile.languages) if (p.code === l.code) have = Math.max(have ?? -1, LANGUAGE_RANK[p.level] ?? 0);
      const c = levelCredit(have, want);
      credit += c;
      if (c === 1) met++;
      else {
        const name = LANGUAGE_NAMES[l.code] ?? { es: l.code, en: l.code };
        lacking.push({ es: `${name.es} ${l.level}`, en: `${name.en} ${l.level}` });
      }
    }
    const n = offer.languages.length;
    const lack = lacking.length > 0
      ? { es: `; le falta: ${lacking.map((x) => x.es).join(', ')}`, en: `; missing: ${lacking.map((x) => x.en).join(', ')}` }
      : { es: '', en: '' };
    parts.push({
      part: 'languages',
      nominal: MATCH_WEIGHTS.languages,
      credit: credit / n,
      text: {
        es: n === 1 ? `${met === 1 ? 'habla' : 'no habla'} el idioma al nivel pedido${lack.es}` : `${met} de ${n} idiomas al nivel pedido${lack.es}`,
        en: n === 1 ? `${met === 1 ? 'speaks' : 'does not speak'} the language at the level asked${lack.en}` : `${met} of ${n} languages at the level asked${lack.en}`,
      },
    });
  }

  {
    const av = profile.availability;
    const fullTime = offer.workingTime === 'full_time';
    const stated = av.fullTime || av.partTime;
    const fits = fullTime ? av.fullTime : av.partTime;
    let total = 1;
    let credit = !stated ? MATCH_CREDITS.unstated : fits ? 1 : 0;
    const es: string[] = [];
    const en: string[] = [];
    if (stated) {
      es.push(`${fits ? '' : 'no busca '}${fullTime ? 'tiempo completo' : 'medio tiempo'}`);
      en.push(`${fits ? '' : 'not looking for '}${fullTime ? 'full time' : 'part time'}`);
    }
    const overlap = <T extends string>(want: readonly T[], have: readonly T[], esWord: string, enWord: string) => {
      if (want.length === 0) return;
      total += 0.5;
      if (have.length === 0) { credit += 0.5 * MATCH_CREDITS.unstated; return; }
      let n = 0;
      for (const d of want) if (have.includes(d)) n++;
      credit += (0.5 * n) / want.length;
      es.push(`${n} de ${want.length} ${esWord}`);
      en.push(`${n} of ${want.length} ${enWord}`);
    };
    overlap(offer.days, av.days, 'días', 'days');
    overlap(offer.shifts, av.shifts, 'turnos', 'shifts');
    if (es.length === 0) { es.push('disponibilidad no indicada'); en.push('availability not stated'); }
    parts.push({ part: 'availability', nominal: MATCH_WEIGHTS.availability, credit: credit / total, text: { es: es.join(', '), en: en.join(', ') } });
  }

  {
    let months = 0;
    let relatedMonths = 0;
    let weighted = 0;
    for (const w of profile.workHistory) {
      const r = relation(w.occupationId);
      months += w.months;
      if (r > 0) relatedMonths += w.months;
      weighted += w.months * (MATCH_CREDITS.unrelatedMonth + (1 - MATCH_CREDITS.unrelatedMonth) * r);
    }
    const credit = Math.min(1, weighted / MATCH_CREDITS.experienceMonthsForFull);
    const text: Localised = months === 0
      ? { es: 'sin experiencia registrada', en: 'no work experience recorded' }
      : relatedMonths > 0
        ? { es: `${months} meses de experiencia, ${relatedMonths} en el oficio`, en: `${months} months of experience, ${relatedMonths} in this line of work` }
        : { es: `${months} meses de experiencia`, en: `${months} months of experience` };
    parts.push({ part: 'experience', nominal: MATCH_WEIGHTS.experience, credit, text });
  }

  const applicable = parts.reduce((sum, p) => sum + p.nominal, 0);
  const scale = applicable > 0 ? 100 / applicable : 0;
  const reasons: MatchReason[] = [];
  reasons.push({ code: 'authorization_accepted', positive: true, points: 0, weight: 0, text: { es: 'permiso de trabajo aceptado', en: 'work permit accepted' } });
  let total = 0;
  for (const p of parts) {
    const weight = p.nominal * scale;
    const points = weight * p.credit;
    total += points;
    reasons.push({ code: p.part, positive: p.credit >= 0.5, points: round1(points), weight: round1(weight), text: p.text });
  }
  return { score: Math.min(100, Math.max(0, round1(total))), eligible: true, reasons, missingSkills };
}
