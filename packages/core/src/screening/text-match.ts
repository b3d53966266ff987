// How a text rule looks at an offer: clause by clause, on the folded text, skipping what
// is negated ("no cobramos ninguna cuota") and what a reassurance in the same clause
// undoes ("el uniforme lo da la empresa"), and quoting the employer's words it found.

import type { ScreeningInput } from './types';
import { type Clause, type FoldedText, clauses, fold, quote, words } from './normalise';

/** One field of the offer, folded once and cut into clauses. */
export interface Source {
  field: 'title' | 'description' | 'howToApply';
  text: FoldedText;
  clauses: Clause[];
}

export function sourcesOf(input: Pick<ScreeningInput, 'title' | 'description' | 'howToApply'>): Source[] {
  return (['title', 'description', 'howToApply'] as const).map((field) => {
    const text = fold(input[field] ?? '');
    return { field, text, clauses: clauses(text.folded) };
  });
}

export interface Hit {
  /** The offer field: 'title', 'description', 'howToApply', or 'salary' for a structured finding. */
  field: string;
  /** The employer's words that triggered the rule. */
  quote: string;
}

export interface PhraseRule {
  /** Tried on each clause of the folded text; they must not use the `g` or `y` flags. */
  patterns: RegExp[];
  /** Whether a negation before the words ("no", "sin", "nunca"…) cancels them. Default: yes. */
  negatable?: boolean;
  /** Whether "ningún", "nada"… inside the words found cancel them too. Default: yes. */
  negationInside?: boolean;
  /** Anything in the same clause that shows the words are harmless. */
  cancelledBy?: RegExp[];
  /** A last look at a match, for what a pattern cannot say (a number's size, say). */
  accept?: (match: RegExpExecArray, clause: string) => boolean;
}

const NEGATIONS = new Set(['no', 'sin', 'ningun', 'ninguna', 'ninguno', 'nunca', 'jamas', 'ni', 'nada', 'tampoco', 'cero', 'nadie']);
// Said inside a match ("cobramos ninguna cuota", "pagar nada por el uniforme").
const NEGATIONS_INSIDE = new Set(['ningun', 'ninguna', 'ninguno', 'nada', 'nunca', 'jamas', 'tampoco']);
// A negation that is about something else: in "no importa la experiencia paga Q50" or
// "sin experiencia ni estudios pague Q50" the "no"/"sin" does not reach the payment.
const ABOUT_SOMETHING_ELSE = new Set(['experiencia', 'estudios', 'titulo', 'bachillerato', 'requisitos', 'importa', 'problema', 'edad']);
const NEGATION_REACH = 5;

/** Whether the words at [start, end) of a clause are negated. */
export function negated(clause: string, start: number, end: number, inside = true): boolean {
  const before = words(clause.slice(0, start)).slice(-NEGATION_REACH);
  // "si alguien le cobra…", "si le piden su pasaporte…": a warning, not a demand.
  const si = before.lastIndexOf('si');
  if (si >= 0 && si >= before.length - 3) return true;
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i] as string;
    if (ABOUT_SOMETHING_ELSE.has(word)) break;
    if (NEGATIONS.has(word)) return true;
  }
  return inside && words(clause.slice(start, end)).some((w) => NEGATIONS_INSIDE.has(w));
}

const QUOTE_WHOLE_CLAUSE = 90;

function withoutGlobal(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'g');
}

/** Every place in the offer's text where the rule fires, at most one per clause. */
export function findHits(sources: Source[], rule: PhraseRule): Hit[] {
  const hits: Hit[] = [];
  const patterns = rule.patterns.map(withoutGlobal);
  for (const source of sources) {
    for (const clause of source.clauses) {
      if (rule.cancelledBy?.some((c) => c.test(clause.text))) continue;
      const found = firstMatch(clause.text, patterns, rule);
      if (!found) continue;
      // A short clause is quoted whole ("Debe pagar Q300 de inscripción"), so the reader
      // sees the words around the trigger; a long one only where the rule fired.
      const [from, to] = clause.text.trim().length <= QUOTE_WHOLE_CLAUSE ? [0, clause.text.length] : [found.index, found.index + found[0].length];
      hits.push({ field: source.field, quote: quote(source.text, clause.start + from, clause.start + to) });
    }
  }
  return hits;
}

function firstMatch(clause: string, patterns: RegExp[], rule: PhraseRule): RegExpExecArray | null {
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(clause); m; m = pattern.exec(clause)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (rule.negatable !== false && negated(clause, m.index, m.index + m[0].length, rule.negationInside !== false)) continue;
      if (rule.accept && !rule.accept(m, clause)) continue;
      return m;
    }
  }
  return null;
}

/** A pattern from alternatives, so long word lists stay readable as arrays. */
export function anyOf(...alternatives: string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** `a` then, within `gap` words in the same clause, `b` — or, when `bothWays`, the other way round too. */
export function near(a: string, b: string, gap = 6, bothWays = true): RegExp[] {
  const between = `(?:[^a-z0-9\\n]+[a-z0-9₡$€]+){0,${gap}}?[^a-z0-9\\n]+`;
  const forward = new RegExp(`(?<![a-z0-9])${a}${between}${b}(?![a-z0-9])`);
  return bothWays ? [forward, new RegExp(`(?<![a-z0-9])${b}${between}${a}(?![a-z0-9])`)] : [forward];
}

/** A whole-word pattern. */
export function word(pattern: string): RegExp {
  return new RegExp(`(?<![a-z0-9])${pattern}(?![a-z0-9])`);
}
