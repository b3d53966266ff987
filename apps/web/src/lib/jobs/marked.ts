/** A piece of highlighted text: plain, or one of the words the search matched. */
export interface MarkedPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The API's highlights (HTML-escaped text with <mark>) as parts a page renders as text,
 * so nothing from an offer is ever inserted as HTML.
 */
export function markedParts(highlight: string): MarkedPart[] {
  const unescape = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
  return highlight
    .split(/(<mark>.*?<\/mark>)/g)
    .filter((piece) => piece !== '')
    .map((piece) => (piece.startsWith('<mark>') ? { text: unescape(piece.slice(6, -7)), marked: true } : { text: unescape(piece), marked: false }));
}
