// The fingerprint the API stores for each offer, to count how many other organisations
// posted the same text (`sameTextOrganisations`). Networks copy one lure into many
// accounts and change the title or the punctuation, so the fingerprint is of the
// description only, after folding away case, accents, punctuation and spacing.
// FNV-1a (64 bit) is enough: this is for counting look-alikes, not for security, and it
// runs the same on Node and on Cloudflare Workers (no node:crypto).

import type { ScreeningInput } from './types';

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** The description as the fingerprint sees it: lower case, no accents, words split by single spaces. */
export function fingerprintText(description: string): string {
  return description
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}

/**
 * A stable fingerprint of an offer's normalised description, 16 hex digits. The title is
 * deliberately left out (it is the part copies change).
 */
export function offerTextFingerprint(input: Pick<ScreeningInput, 'title' | 'description'>): string {
  return fnv1a64(fingerprintText(input.description));
}
