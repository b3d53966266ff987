import type { Offer } from '../offers/offer';
import type { Profile, skillLevels } from '../profiles/profile';
import type { Localised } from '../screening/types';

type SkillLevel = (typeof skillLevels)[number];

/** What scoring reads of a profile: the whole profile (scoring is pure and sees no more than this). */
export type MatchProfile = Pick<
  Profile,
  'userId' | 'birthDate' | 'visibility' | 'municipalityId' | 'desiredOccupationIds' | 'skills' | 'languages' | 'workHistory' | 'availability' | 'workAuthorization' | 'workAuthorizationExpiresOn'
>;

/** What scoring reads of an offer. */
export type MatchOffer = Pick<
  Offer,
  'id' | 'occupationId' | 'skills' | 'municipalityId' | 'remote' | 'workingTime' | 'days' | 'shifts' | 'acceptedAuthorizations' | 'suitableForAdolescents' | 'languages' | 'closesOn'
>;

/**
 * What scoring needs to know about the world, fetched by the caller beforehand so the
 * function stays pure: taxonomy facts, places and labels for the reasons.
 */
export interface MatchContext {
  /** The day of scoring (YYYY-MM-DD): ages and permit expiry are counted on it. */
  today: string;
  /** ISCO-08 code (4 digits) of an occupation, by id. */
  iscoCodeOf(occupationId: number): string | undefined;
  /** The essential and optional skills of an occupation (ESCO's relation), by id. */
  skillsOfOccupation(occupationId: number): ReadonlySet<number>;
  /** Whether two municipalities are neighbours (share a border or a daily commute). */
  areNeighbours(a: number, b: number): boolean;
  municipalityName(id: number): string;
  skillLabel(id: number, lang: 'es' | 'en'): string;
}

export const reasonCodes = [
  // hard rules: when any of these is negative the pair is not eligible
  'too_young', 'adolescent_offer_only', 'not_offered_to_employers', 'authorization_not_accepted', 'authorization_expired',
  // weighted parts
  'required_skills', 'desired_skills', 'occupation', 'place', 'languages', 'availability', 'experience',
  // a hard rule met, said when it helps the person ("permiso de trabajo aceptado"); never negative
  'authorization_accepted',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

export interface MatchReason {
  code: ReasonCode;
  /** Whether this reason speaks for the match (true) or against it (false). */
  positive: boolean;
  /** Points this part gave out of its weight (0 for hard rules). */
  points: number;
  weight: number;
  /** A short sentence for people: "3 de 4 habilidades requeridas", "vive en Upala". */
  text: Localised;
}

export interface MatchResult {
  /** 0–100; 0 when not eligible. */
  score: number;
  eligible: boolean;
  reasons: MatchReason[];
  /** Required and desired skills of the offer the person does not have (or not at the level asked), so they know what to learn. */
  missingSkills: {
    skillId: number;
    required: boolean;
    label: Localised;
    /** The level the offer asks for. */
    levelAsked?: SkillLevel;
    /** The level the person has, when they have the skill below the level asked. */
    levelHeld?: SkillLevel;
  }[];
}

/** How a score is asked for. */
export interface ScoreOptions {
  /**
   * The person asks for their own recommendations: their visibility to employers is then
   * not a rule (a hidden profile still gets offers), the other hard rules all still are.
   */
  forSeeker?: boolean;
}
