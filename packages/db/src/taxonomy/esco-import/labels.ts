// How ESCO's labels become ours. Spanish occupation labels name both genders in one
// string ("cocinero/cocinera"); people type one of the two, so both forms become
// alternative labels while the pair stays the preferred label.

/** Collapses runs of whitespace (ESCO has stray double spaces) and trims. */
export const clean = (label: string): string => label.replace(/\s+/g, ' ').trim();

/** An altLabels field: one label per line. */
export const labelLines = (field: string | undefined): string[] => (field ?? '').split(/\r?\n/).map(clean).filter(Boolean);

const words = (s: string) => s.split(' ');
const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};
/** "cocinero" + "a" → "cocinera"; "profesor" + "a" → "profesora". */
const withEnding = (word: string, ending: string) => (/[oe]$/.test(word) && ending.length === 1 ? word.slice(0, -1) : word) + ending;

/**
 * The full forms a "x/y" label names:
 * - "cocinero/cocinera", "ayudante de cocina/ayudanta de cocina" → the two sides;
 * - "director/directora de hotel" → "director de hotel", "directora de hotel" (shared tail);
 * - "jefe de cocina/jefa" → "jefe de cocina", "jefa de cocina"; "técnico en electricidad/electrónica"
 *   → "técnico en electricidad", "técnico en electrónica" (the single word replaces the word it resembles);
 * - "cocinero/a", "director/a de hotel" → the ending applied to the word before the slash;
 * - three or more parts → each distinct part. A label without a slash has no forms.
 */
export function genderedForms(label: string): string[] {
  const parts = [...new Set(label.split('/').map(clean).filter(Boolean))];
  if (parts.length !== 2) return parts.length > 2 ? parts : [];
  const [a, b] = parts as [string, string];
  const aw = words(a);
  const bw = words(b);
  const last = aw.at(-1)!;
  if (bw[0] === 'a' || bw[0] === 'as') {
    const tail = bw.slice(1);
    return [[...aw, ...tail].join(' '), [...aw.slice(0, -1), withEnding(last, bw[0]), ...tail].join(' ')];
  }
  if (aw.length === 1 && bw.length > 1) return [[a, ...bw.slice(1)].join(' '), b];
  if (aw.length > 1 && bw.length === 1) {
    const likeFirst = commonPrefix(b, aw[0]!) >= commonPrefix(b, last);
    return [a, likeFirst ? [b, ...aw.slice(1)].join(' ') : [...aw.slice(0, -1), b].join(' ')];
  }
  return [a, b];
}

/** Alternative labels in order of the lists, cleaned, without blanks, repeats (ignoring case) or the preferred label. */
export function altLabels(preferred: string, ...lists: readonly (readonly string[])[]): string[] {
  const key = (label: string) => label.toLocaleLowerCase('es');
  const seen = new Set([key(clean(preferred))]);
  const out: string[] = [];
  for (const label of lists.flat().map(clean)) {
    if (!label || seen.has(key(label))) continue;
    seen.add(key(label));
    out.push(label);
  }
  return out;
}
