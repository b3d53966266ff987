/**
 * Which of the programme's municipalities are neighbours for matching: they share a
 * border, or people commute between them every day. Only real relations between the
 * municipalities in `0001_seed-municipalities.sql`; most have none among the others
 * (Esquipulas, Villa Nueva, Quetzaltenango, San Pedro Sula, Tegucigalpa, Choluteca,
 * Panamá and David are each far from every other municipality in the list).
 *
 * - Northern Costa Rica: Upala borders Los Chiles (east), La Cruz and Liberia (west);
 *   La Cruz borders Liberia; Los Chiles borders San Carlos (south). Upala and San Carlos
 *   do not touch (Guatuso lies between), nor do La Cruz and Los Chiles (Upala between).
 * - Greater San José: Escazú and Desamparados do not share a border (Alajuelita lies
 *   between) but are both in the metropolitan area, a daily commute by bus.
 * - Villa Nueva borders Guatemala City, which is not (yet) a programme municipality.
 */
export const NEIGHBOUR_PAIRS: readonly (readonly [string, string])[] = [
  ['upala', 'los-chiles'],
  ['upala', 'la-cruz'],
  ['upala', 'liberia'],
  ['la-cruz', 'liberia'],
  ['los-chiles', 'san-carlos'],
  ['escazu', 'desamparados'],
];

/** The adjacency list by municipality slug (symmetric), built from the pairs above. */
export const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = (() => {
  const out: Record<string, string[]> = {};
  for (const [a, b] of NEIGHBOUR_PAIRS) {
    (out[a] ??= []).push(b);
    (out[b] ??= []).push(a);
  }
  return out;
})();

/** Whether two municipalities (by slug) are neighbours; a municipality is not its own neighbour. */
export function areNeighbourSlugs(a: string, b: string): boolean {
  if (a === b) return false;
  return NEIGHBOURS[a]?.includes(b) ?? false;
}
