// A code a person copies from paper: Crockford's base-32 letters (no I, L, O, U), so
// what looks alike reads alike; 12 of them carry 60 random bits, and attempts are rate
// limited, so guessing one before it expires is out of reach.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;

export const TAKEOVER_CODE_DAYS = 30;
export const TAKEOVER_CODE_MS = TAKEOVER_CODE_DAYS * 24 * 3_600_000;

/** A fresh code, printed in groups of four: `7KQ2-M9XD-4TRA`. */
export function newTakeoverCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(LENGTH));
  const chars = [...bytes].map((b) => ALPHABET[b & 31]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What was typed, read the way it was printed: any case, spaces or dashes, O for 0, I or L for 1. */
export function normaliseTakeoverCode(typed: string): string | null {
  const text = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (text.length !== LENGTH || ![...text].every((ch) => ALPHABET.includes(ch))) return null;
  return [0, 4, 8].map((i) => text.slice(i, i + 4)).join('-');
}
