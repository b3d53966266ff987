import type { genders, populationGroups } from '../profiles/profile';
import { dateTimeFormat } from '../formats/intl';
import type { Localised } from '../screening/types';
import { ageBands, UNKNOWN, type StatsDimension } from './dimensions';

// The names of the figures' categories in the programme's two languages: one list for
// the page, the printable report and the CSV export (the API labels its categories with
// them). Written for a table of counts ("Host community"), not for a person filling in
// their own profile ("From the host community").

const genderNames: Record<(typeof genders)[number], Localised> = {
  female: { es: 'Mujer', en: 'Woman' },
  male: { es: 'Hombre', en: 'Man' },
  non_binary: { es: 'No binario', en: 'Non-binary' },
  prefer_not_to_say: { es: 'Prefiere no decirlo', en: 'Prefers not to say' },
};

const populationGroupNames: Record<(typeof populationGroups)[number], Localised> = {
  refugee: { es: 'Persona refugiada', en: 'Refugee' },
  asylum_seeker: { es: 'Solicitante de refugio', en: 'Asylum seeker' },
  internally_displaced: { es: 'Desplazada dentro de su país', en: 'Internally displaced' },
  returnee: { es: 'Retornada a su país', en: 'Returnee' },
  migrant: { es: 'Migrante', en: 'Migrant' },
  host_community: { es: 'Comunidad de acogida', en: 'Host community' },
};

const ageBandNames: Partial<Record<(typeof ageBands)[number], Localised>> = {
  'under-18': { es: 'Menos de 18', en: 'Under 18' },
  '55+': { es: '55 o más', en: '55 and over' },
};

const unknownName: Localised = { es: 'Sin dato', en: 'Not given' };

const regionNames = new Map<string, Intl.DisplayNames>();
function regionName(code: string, lang: 'es' | 'en'): string {
  let names = regionNames.get(lang);
  if (!names) regionNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code; // not a region code: the code alone says it
  }
}

/** A month (YYYY-MM) by name: "enero de 2026", "January 2026". */
export const monthName = (month: string, lang: 'es' | 'en'): string =>
  dateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

/**
 * A category's name in a language. Occupation groups' names live in the taxonomy
 * (the database): pass them in `iscoNames`; without one, the code stands.
 */
export function categoryName(by: StatsDimension, key: string, lang: 'es' | 'en', iscoNames: ReadonlyMap<string, string> = new Map()): string {
  if (key === UNKNOWN) return unknownName[lang];
  const word = (names: Partial<Record<string, Localised>>) => names[key]?.[lang] ?? key;
  switch (by) {
    case 'month': return monthName(key, lang);
    case 'gender': return word(genderNames);
    case 'populationGroup': return word(populationGroupNames);
    case 'ageBand': return ageBandNames[key as (typeof ageBands)[number]]?.[lang] ?? key.replace('-', '–');
    case 'nationality': return regionName(key, lang);
    case 'iscoGroup': return iscoNames.get(key) ?? key;
  }
}
