import type { ContractType, OfferStatus, ReportReason, SalaryPeriod, Sector, VerificationState, WorkAuthorization, workingTimes } from '@solidaria/core';
import { m } from '$lib/paraglide/messages';

// The offers' closed lists, in the words a person reads. Keyed by the core enums, so a
// value added there fails the type check here until it has words.
type Words<T extends string> = Record<T, () => string>;

export const contractWords: Words<ContractType> = {
  indefinite: m.contract_indefinite,
  fixed_term: m.contract_fixed_term,
  seasonal: m.contract_seasonal,
  per_task: m.contract_per_task,
  internship: m.contract_internship,
};

export const workingTimeWords: Words<(typeof workingTimes)[number]> = {
  full_time: m.working_time_full_time,
  part_time: m.working_time_part_time,
};

export const salaryPeriodWords: Words<SalaryPeriod> = {
  hour: m.salary_per_hour,
  day: m.salary_per_day,
  week: m.salary_per_week,
  month: m.salary_per_month,
};

export const offerStatusWords: Words<OfferStatus> = {
  draft: m.offer_status_draft,
  pending_review: m.offer_status_pending_review,
  published: m.offer_status_published,
  closed: m.offer_status_closed,
  rejected: m.offer_status_rejected,
};

export const sectorWords: Words<Sector> = {
  agriculture: m.sector_agriculture,
  construction: m.sector_construction,
  manufacturing: m.sector_manufacturing,
  food_service: m.sector_food_service,
  hospitality_tourism: m.sector_hospitality_tourism,
  retail: m.sector_retail,
  transport_logistics: m.sector_transport_logistics,
  cleaning_domestic: m.sector_cleaning_domestic,
  care_health: m.sector_care_health,
  education: m.sector_education,
  beauty: m.sector_beauty,
  repair_maintenance: m.sector_repair_maintenance,
  technology_call_centre: m.sector_technology_call_centre,
  public_sector: m.sector_public_sector,
  non_profit: m.sector_non_profit,
  other: m.sector_other,
};

export const verificationWords: Words<VerificationState> = {
  unverified: m.verification_unverified,
  verified: m.verification_verified,
  rejected: m.verification_rejected,
};

/** Who an offer accepts, in the third person (the profile's words speak as the person). */
export const acceptedAuthorizationWords: Words<WorkAuthorization> = {
  citizen_or_resident: m.authorization_citizen_or_resident_short,
  refugee: m.authorization_refugee_short,
  asylum_seeker_with_permit: m.authorization_asylum_seeker_with_permit_short,
  asylum_seeker_without_permit: m.authorization_asylum_seeker_without_permit_short,
  other_permit: m.authorization_other_permit_short,
  none: m.authorization_none_short,
};

export const reportReasonWords: Words<ReportReason> = {
  fee: m.report_reason_fee,
  documents: m.report_reason_documents,
  trafficking: m.report_reason_trafficking,
  fake: m.report_reason_fake,
  discrimination: m.report_reason_discrimination,
  other: m.report_reason_other,
};

/** A word for a value of one of these lists, or the value itself when it is unknown. */
export const wordFor = <T extends string>(words: Words<T>, value: string): string => (value in words ? words[value as T]() : value);
