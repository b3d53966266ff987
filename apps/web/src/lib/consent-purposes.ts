import { m } from '$lib/paraglide/messages';

// What a consent was for, in the words a person reads (the person's data page and the
// office's record show the same words).
const PURPOSES: Partial<Record<string, () => string>> = {
  share_profile_with_employers: m.consent_share_profile_with_employers,
  contact_by_employers: m.consent_contact_by_employers,
  assisted_registration: m.consent_assisted_registration,
};

export const consentPurposeWords = (purpose: string) => PURPOSES[purpose]?.() ?? purpose;
