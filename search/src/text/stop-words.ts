// Words too common to tell documents apart; dropped from queries unless nothing else is left.
export const STOP_WORDS = new Set([
  // es
  'a', 'al', 'con', 'de', 'del', 'el', 'en', 'la', 'las', 'lo', 'los', 'o', 'para', 'por', 'que', 'se', 'su', 'un', 'una', 'y',
  // en
  'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with',
]);
