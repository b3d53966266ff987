import type { CountryCode } from '../municipalities/municipality';
import type { OfferInput } from '../offers/offer';

/** A sentence for people, in both of the programme's languages. */
export interface Localised {
  es: string;
  en: string;
}

export const blockCodes = ['worker_fee', 'identity_documents', 'work_abroad'] as const;
export const flagCodes = [
  'pay_above_usual',
  'pay_missing',
  'private_contact_only',
  'too_good_to_be_true',
  'age_or_gender_targeting',
  'high_risk_work',
  'duplicate_text',
  'new_organisation_many_offers',
  'work_abroad_needs_approval',
] as const;

export type BlockCode = (typeof blockCodes)[number];
export type FlagCode = (typeof flagCodes)[number];

export interface Finding<Code extends string> {
  code: Code;
  /** The offer field the finding is about, when there is one ('title', 'description', 'salary', …). */
  field?: string;
  /** Why, for the employer and the officer: short, plain, quoting the words found when text triggered it. */
  reason: Localised;
}

export interface ScreeningResult {
  /** Refused outright: the offer cannot be submitted while any remain. */
  blocks: Finding<BlockCode>[];
  /** Never auto-published: an officer reviews the offer with these reasons. */
  flags: Finding<FlagCode>[];
}

/** What the rules know besides the offer itself; the API gathers it from the database. */
export interface ScreeningContext {
  country: CountryCode;
  /** ISCO-08 code of the offer's occupation (4 digits), when it has one. */
  iscoCode: string | null;
  organisation: {
    verified: boolean;
    /** Days since the organisation registered. */
    ageDays: number;
    /** Offers it created in the last 7 days, this one not counted. */
    offersLastWeek: number;
  };
  /** Other organisations whose offers carry the same (normalised) description. */
  sameTextOrganisations: number;
}

export type ScreeningInput = Pick<
  OfferInput,
  'title' | 'description' | 'howToApply' | 'salary' | 'workAbroad' | 'suitableForAdolescents' | 'workingTime'
>;
