/** What a person may agree to; using Solidaria never depends on any of them. */
export const consentPurposes = ['share_profile_with_employers', 'contact_by_employers', 'assisted_registration'] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

/** Employers may find the profile (anonymous or with the name): see share-consent.ts. */
export const SHARE_PURPOSE = 'share_profile_with_employers' satisfies ConsentPurpose;
/** Employers may ask the person for their name and contact (a contact request). */
export const CONTACT_PURPOSE = 'contact_by_employers' satisfies ConsentPurpose;

/** The privacy notice a consent given now was given under. */
export const NOTICE_VERSION = '2026-11';
