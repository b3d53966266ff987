import { languageLevels, skillLevels } from '../profiles/profile';
import type { Localised } from '../screening/types';

// The small pieces a score's reasons are written with: level ranks, language names, lists.

export const SKILL_RANK: Record<string, number> = Object.fromEntries(skillLevels.map((l, i) => [l, i]));
export const LANGUAGE_RANK: Record<string, number> = Object.fromEntries(languageLevels.map((l, i) => [l, i]));

/** A level held below the level asked counts partly: (held + 1) / (asked + 1), e.g. intermediate for advanced 2/3. */
export function levelCredit(held: number | undefined, asked: number): number {
  if (held === undefined) return 0;
  return held >= asked ? 1 : (held + 1) / (asked + 1);
}

export const LANGUAGE_NAMES: Record<string, Localised> = {
  es: { es: 'español', en: 'Spanish' },
  en: { es: 'inglés', en: 'English' },
  fr: { es: 'francés', en: 'French' },
  pt: { es: 'portugués', en: 'Portuguese' },
  ht: { es: 'criollo haitiano', en: 'Haitian Creole' },
  de: { es: 'alemán', en: 'German' },
  it: { es: 'italiano', en: 'Italian' },
  zh: { es: 'chino', en: 'Chinese' },
  ar: { es: 'árabe', en: 'Arabic' },
  ru: { es: 'ruso', en: 'Russian' },
  miq: { es: 'miskito', en: 'Miskito' },
  quc: { es: "k'iche'", en: "K'iche'" },
  mam: { es: 'mam', en: 'Mam' },
  gcf: { es: 'garífuna', en: 'Garifuna' },
  cab: { es: 'garífuna', en: 'Garifuna' },
};

export const round1 = (x: number) => Math.round(x * 10 + 1e-9) / 10;

/** "a, b y 2 más" / "a, b and 2 more": names the first two of a list. */
export function listNames(names: string[], lang: 'es' | 'en'): string {
  const shown = names.slice(0, 2).join(', ');
  const more = names.length - 2;
  if (more <= 0) return shown;
  return lang === 'es' ? `${shown} y ${more} más` : `${shown} and ${more} more`;
}
