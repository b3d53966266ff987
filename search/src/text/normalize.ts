// Text is compared the way SQLite's unicode61 tokenizer with remove_diacritics 2 sees it:
// lower case, accents gone ("Albañil" → "albanil"), split on anything not a letter or digit.

/** Lower case without diacritics: "Cocinero/Cocinera" → "cocinero/cocinera", "ñ" → "n". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a text, folded; what the index stores as terms. */
export function terms(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
