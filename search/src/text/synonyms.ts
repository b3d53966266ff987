import { fold } from './normalize';

// Regional words for the same work, in Central American Spanish and in English. Each
// group is symmetric: typing any of them finds documents that use any other.
const GROUPS: string[][] = [
  ['mesero', 'mesera', 'camarero', 'camarera', 'salonero', 'salonera', 'waiter', 'waitress'],
  ['chofer', 'chófer', 'conductor', 'conductora', 'motorista', 'driver'],
  ['albañil', 'constructor', 'obrero de construcción', 'bricklayer'],
  ['niñera', 'niñero', 'cuidadora', 'cuidador', 'nanny', 'childminder'],
  ['empleada doméstica', 'trabajadora del hogar', 'doméstica', 'housekeeper'],
  ['fontanero', 'fontanera', 'plomero', 'plomera', 'plumber'],
  ['cajero', 'cajera', 'cashier'],
  ['dependiente', 'dependienta', 'vendedor de tienda', 'shop assistant'],
  ['vendedor ambulante', 'vendedora ambulante', 'buhonero', 'street vendor'],
  ['estilista', 'peluquero', 'peluquera', 'hairdresser'],
  ['costurera', 'costurero', 'modista', 'sastre', 'seamstress', 'tailor'],
  ['vigilante', 'guarda', 'guardia de seguridad', 'security guard'],
  ['repartidor', 'repartidora', 'mensajero', 'delivery'],
  ['jornalero', 'jornalera', 'peón', 'peon agrícola', 'farmhand'],
  ['cocinero', 'cocinera', 'cook'],
  ['limpieza', 'aseo', 'cleaning'],
  ['call center', 'centro de llamadas', 'contact center'],
  ['mecánico', 'mecánica', 'mechanic'],
];

/** The groups as written, for an engine that takes synonyms as settings (Meilisearch). */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = GROUPS;

const bySynonym = new Map<string, string[]>();
for (const group of GROUPS) {
  const folded = group.map(fold);
  for (const word of folded) bySynonym.set(word, [...new Set([...(bySynonym.get(word) ?? []), ...folded.filter((w) => w !== word)])]);
}

/** The other words (folded; some are phrases) that mean the same as a folded word or phrase. */
export function synonymsOf(folded: string): string[] {
  return bySynonym.get(folded) ?? [];
}

/** The longest phrase from the synonym groups starting at `words[i]`, for multi-word synonyms. */
export function phraseAt(words: readonly string[], i: number): string | null {
  for (let n = 3; n >= 2; n--) {
    const phrase = words.slice(i, i + n).join(' ');
    if (i + n <= words.length && bySynonym.has(phrase)) return phrase;
  }
  return null;
}
