// Test fixtures for matching (not exported from the package): a tiny taxonomy, places and
// a profile and an offer that match in nothing, to be changed one part at a time.
import { areNeighbourSlugs } from '../municipalities/neighbours';
import type { MatchContext, MatchOffer, MatchProfile } from './types';

export const TODAY = '2026-06-15';

/** Occupations: ISCO-08 codes chosen to test the groups (834x are mobile plant operators). */
export const OCC = {
  forklift: 1, // 8344 lifting-truck operator
  forkliftOther: 2, // 8344 another occupation of the same unit group
  crane: 3, // 8343 same minor group 834, other unit group
  cook: 4, // 5120 nothing in common
  noIsco: 5,
} as const;
const ISCO: Record<number, string> = { 1: '8344', 2: '8344', 3: '8343', 4: '5120' };
/** The skills ESCO relates to the forklift occupation (none of the base offer's skills). */
export const FORKLIFT_SKILLS = new Set([101, 102, 103, 104, 105, 106]);

export const PLACE = { upala: 1, losChiles: 2, david: 3, laCruz: 4 } as const;
const SLUGS: Record<number, string> = { 1: 'upala', 2: 'los-chiles', 3: 'david', 4: 'la-cruz' };
const NAMES: Record<number, string> = { 1: 'Upala', 2: 'Los Chiles', 3: 'David', 4: 'La Cruz' };

const LABELS: Record<number, { es: string; en: string }> = {
  201: { es: 'manejo de montacargas', en: 'forklift operation' },
  202: { es: 'control de inventario', en: 'stock control' },
  203: { es: 'seguridad industrial', en: 'workplace safety' },
  204: { es: 'atención al cliente', en: 'customer service' },
};

export const context: MatchContext = {
  today: TODAY,
  iscoCodeOf: (id) => ISCO[id],
  skillsOfOccupation: (id) => (id === OCC.forklift ? FORKLIFT_SKILLS : new Set()),
  areNeighbours: (a, b) => areNeighbourSlugs(SLUGS[a] ?? '', SLUGS[b] ?? ''),
  municipalityName: (id) => NAMES[id] ?? `#${id}`,
  skillLabel: (id, lang) => LABELS[id]?.[lang] ?? `${lang}-skill-${id}`,
};

/** An adult refugee in David (far from everything) with nothing else that fits the base offer. */
export function baseProfile(over: Partial<MatchProfile> = {}): MatchProfile {
  return {
    userId: 7,
    birthDate: '1990-03-10',
    visibility: 'anonymous',
    municipalityId: PLACE.david,
    desiredOccupationIds: [],
    skills: [],
    languages: [],
    workHistory: [],
    availability: { fullTime: false, partTime: true, days: ['sun'], shifts: ['night'], canStartOn: null, willingToRelocate: false },
    workAuthorization: 'refugee',
    workAuthorizationExpiresOn: null,
    ...over,
  };
}

/**
 * A full-time forklift job in Upala, weekdays, mornings, English B1, two required skills
 * (201 advanced, 202 basic) and two desired (203, 204 basic): every part applies, so the
 * weights are the nominal ones (skills 33.75 required / 11.25 desired).
 */
export function baseOffer(over: Partial<MatchOffer> = {}): MatchOffer {
  return {
    id: 1,
    occupationId: OCC.forklift,
    skills: [
      { skillId: 201, level: 'advanced', required: true },
      { skillId: 202, level: 'basic', required: true },
      { skillId: 203, level: 'basic', required: false },
      { skillId: 204, level: 'basic', required: false },
    ],
    municipalityId: PLACE.upala,
    remote: false,
    workingTime: 'full_time',
    days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    shifts: ['morning'],
    acceptedAuthorizations: ['citizen_or_resident', 'refugee'],
    suitableForAdolescents: false,
    languages: [{ code: 'en', level: 'B1' }],
    closesOn: '2026-07-31',
    ...over,
  };
}

/** A birth date that makes a person `years` old on TODAY (their birthday is today). */
export function bornYearsAgo(years: number, dayShift = 0): string {
  const d = new Date(`${TODAY}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() + dayShift);
  return d.toISOString().slice(0, 10);
}
