import type { ScreeningResult } from '../screening/types';
import type { CloseReason, Offer, OfferStatus } from './offer';

/**
 * Where an offer may go from each state. Editing sends a pending or rejected offer back
 * to draft; a published one is screened again and stays published only if nothing flags it.
 */
const next: Record<OfferStatus, readonly OfferStatus[]> = {
  draft: ['pending_review', 'published'],
  pending_review: ['published', 'rejected', 'draft'],
  published: ['closed', 'pending_review', 'rejected'],
  rejected: ['draft'],
  closed: [],
};

export const canMoveOffer = (from: OfferStatus, to: OfferStatus): boolean => next[from].includes(to);

export const isEditable = (status: OfferStatus): boolean => status !== 'closed';

export type SubmissionOutcome =
  | { kind: 'refused'; result: ScreeningResult }
  | { kind: 'organisation_unverified' }
  | { kind: 'to_review'; result: ScreeningResult }
  | { kind: 'published'; result: ScreeningResult };

/**
 * What submitting (or editing a published offer) leads to: hard blocks refuse it; an
 * unverified organisation keeps drafts only; any flag sends it to an officer; an offer
 * nothing flags, from a verified organisation, is published at once.
 */
export function submissionOutcome(result: ScreeningResult, organisationVerified: boolean): SubmissionOutcome {
  if (result.blocks.length > 0) return { kind: 'refused', result };
  if (!organisationVerified) return { kind: 'organisation_unverified' };
  if (result.flags.length > 0) return { kind: 'to_review', result };
  return { kind: 'published', result };
}

/** How many distinct open reports hide a published offer until an officer reviews it. */
export const reportsToHide = (organisationVerified: boolean): number => (organisationVerified ? 3 : 2);

/** Whether the public may see an offer (in search and by its id) on `today` (YYYY-MM-DD, the municipality's date). */
export function isPublic(offer: Pick<Offer, 'status' | 'hiddenByReports' | 'closesOn'>, organisationVerified: boolean, today: string): boolean {
  return offer.status === 'published' && organisationVerified && !offer.hiddenByReports && offer.closesOn >= today;
}

/** Whether the closing date has passed, so the offer closes by itself. */
export const isPastClosingDate = (offer: Pick<Offer, 'status' | 'closesOn'>, today: string): boolean =>
  offer.status === 'published' && offer.closesOn < today;

export const closeReasonFor = (by: 'employer' | 'office', filled: boolean): CloseReason =>
  filled ? 'filled' : by === 'office' ? 'by_office' : 'by_employer';
