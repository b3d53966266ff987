// The shared text normaliser of the screening rules. People type offers on phones, in a
// hurry, and those who write fake ones dodge filters on purpose: the rules match a folded
// copy of the text (no accents, lower case, one kind of space, "d e p o s i t o" joined)
// but must quote the employer's own words back, so the fold keeps, for every character
// it produces, where that character came from in the original.

export interface FoldedText {
  /** The original text, as the employer wrote it. */
  original: string;
  /** Lower case, accents removed, spaces collapsed to one, line breaks kept (they end a clause). */
  folded: string;
  /** For each index of `folded`, the index in `original` it came from. */
  origin: number[];
}

// Letters that NFD does not split, and the typographic marks phones put in.
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  '¢': '₡', // people type the cent sign for the colón
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '–': '-',
  '—': '-',
};

function foldChar(char: string): string {
  const lower = char.toLowerCase();
  if (SPECIAL[lower] !== undefined) return SPECIAL[lower];
  // Line breaks end a clause (offers are often lists); other spaces are all one space.
  if (lower === '\n' || lower === '\r' || lower === '\u2028') return '\n';
  if (/\s/u.test(lower)) return ' ';
  return lower.normalize('NFD').replace(/\p{M}+/gu, '');
}

export function fold(original: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of original) {
    const out = foldChar(char);
    // Collapse runs of spaces, and drop leading ones, so patterns can use a single ' '.
    for (const c of out) {
      if ((c === ' ' || c === '\n') && (folded.length === 0 || folded.endsWith('\n'))) continue;
      if (c === ' ' && folded.endsWith(' ')) continue;
      if (c === '\n' && folded.endsWith(' ')) {
        folded = folded.slice(0, -1);
        origin.pop();
      }
      folded += c;
      origin.push(index);
    }
    index += char.length;
  }
  while (folded.endsWith(' ') || folded.endsWith('\n')) {
    folded = folded.slice(0, -1);
    origin.pop();
  }
  return joinSpacedLetters(squeezeRepeats({ original, folded, origin }));
}

/** Removes the characters of `folded` at the given indexes, keeping `origin` in step. */
function without(text: FoldedText, drop: Set<number>): FoldedText {
  if (drop.size === 0) return text;
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.folded.length; i++) {
    if (drop.has(i)) continue;
    folded += text.folded[i];
    origin.push(text.origin[i] as number);
  }
  return { original: text.original, folded, origin };
}

// "urgenteeee", "graaatis": three or more of one letter become one. Two stay, since
// Spanish writes "ll", "rr", "cc", "ee" ("leer", "cooperativa").
function squeezeRepeats(text: FoldedText): FoldedText {
  const drop = new Set<number>();
  for (const m of text.folded.matchAll(/([a-z])\1{2,}/g)) {
    for (let i = 1; i < m[0].length; i++) drop.add((m.index ?? 0) + i);
  }
  return without(text, drop);
}

// "d e p o s i t o", "p.a.g.o": four or more single letters in a row, one separator
// apart, are a word spelt out to slip past a filter. Real Spanish almost never has four
// one-letter words in a row ("y a e o" is not a sentence).
function joinSpacedLetters(text: FoldedText): FoldedText {
  const drop = new Set<number>();
  for (const m of text.folded.matchAll(/(?<![a-z0-9])[a-z](?:[ .\-_*][a-z]){3,}(?![a-z0-9])/g)) {
    for (let i = 1; i < m[0].length; i += 2) drop.add((m.index ?? 0) + i);
  }
  return without(text, drop);
}

/** The employer's own words for a stretch of the folded text, trimmed and cut to a sensible length. */
export function quote(text: FoldedText, start: number, end: number, max = 90): string {
  const from = text.origin[start] ?? 0;
  const lastIndex = text.origin[Math.max(start, end - 1)] ?? from;
  const to = lastIndex + (text.original.codePointAt(lastIndex)! > 0xffff ? 2 : 1);
  const words = text.original.slice(from, to).replace(/\s+/g, ' ').trim();
  return words.length > max ? `${words.slice(0, max - 1).trimEnd()}…` : words;
}

export interface Clause {
  /** Offset of the clause in the folded text. */
  start: number;
  text: string;
}

// A clause is where a negation or a reassurance still applies: "no cobramos cuota" is
// one, but in "sin experiencia, solo pagar Q50" the "sin" must not reach the payment.
// So clauses end at sentence marks and commas, at "pero"/"solo"/"aunque"/"sino" (which
// turn the sentence around), and at "y"/"e" when a new subject follows ("y la empresa
// da el uniforme"). Colons do not end one: "inscripción: Q150" is one thought.
const CLAUSE_END = new RegExp(
  [
    // a full stop before a space, unless it ends an abbreviation or a currency ("Q. 300", "No. 5")
    String.raw`(?<!(?<![a-z])(?:q|l|lps|b/|us|n|num|dr|dra|sr|sra|srta|tel|cel|ee|uu|aprox))\.+(?=\s|$)\s*`,
    String.raw`[;!?¡¿|•\n]+\s*`,
    // a dash between words, as in lists typed on one line ("- sin experiencia - pago Q50"), not "18 - 25"
    String.raw`(?<!\d)\s+-+\s+(?!\d)`,
    // a comma, unless it separates thousands ("Q1,500") or opens a relative clause
    // ("su pasaporte, que quedará en resguardo")
    String.raw`,(?!\d)(?!\s*(?:que|quien|quienes|donde|cuyo|cuya|el cual|la cual|los cuales|las cuales|lo cual)\s)\s*`,
    String.raw`\s(?=(?:pero|solo|solamente|unicamente|aunque|sino|sin embargo)\s)`,
    String.raw`\s[ye]\s(?=(?:el|la|los|las|usted|ustedes|tu|te|le|les|se|nosotros|ademas|tambien|luego|despues)\s)`,
  ].join('|'),
  'g',
);

// A short aside in brackets belongs to its clause: "los papeles (DPI, tarjeta de salud) se
// quedan con la empresa" is one thought, so nothing inside the brackets ends a clause.
const ASIDE = /[(\[][^()\[\]\n]{0,80}[)\]]/g;

export function clauses(folded: string): Clause[] {
  const out: Clause[] = [];
  const asides = [...folded.matchAll(ASIDE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const inAside = (i: number) => asides.some(([from, to]) => i > from && i < to);
  let start = 0;
  for (const m of folded.matchAll(CLAUSE_END)) {
    const end = m.index ?? 0;
    if (inAside(end)) continue;
    if (end > start) out.push({ start, text: folded.slice(start, end) });
    start = end + m[0].length;
  }
  if (start < folded.length) out.push({ start, text: folded.slice(start) });
  return out;
}

/** The words of a stretch of folded text (letters and digits only). */
export function words(text: string): string[] {
  return text.split(/[^a-z0-9₡$€]+/).filter(Boolean);
}
