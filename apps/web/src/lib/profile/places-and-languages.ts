import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

// Languages people of the programme speak: the region's, Mayan and Caribbean ones,
// and those of people crossing the Darién. Names come from the browser-independent
// Intl tables; a few languages those tables do not name have words of our own.
export const languageCodes = [
  'es', 'en', 'fr', 'pt', 'ht', 'miq', 'cab', 'quc', 'kek', 'mam', 'it', 'de', 'ar', 'zh', 'hi', 'ne', 'bn', 'fa', 'ru', 'uk', 'wo',
] as const;

const OWN_LANGUAGE_NAMES: Partial<Record<string, () => string>> = {
  miq: m.language_name_miq,
  cab: m.language_name_cab,
  kek: m.language_name_kek,
  mam: m.language_name_mam,
};

export function languageName(code: string): string {
  const own = OWN_LANGUAGE_NAMES[code];
  if (own) return own();
  const name = new Intl.DisplayNames([getLocale()], { type: 'language', fallback: 'code' }).of(code) ?? code;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Nationalities most people of the programme hold, offered first. */
export const commonNationalities = ['NI', 'VE', 'CO', 'HN', 'SV', 'GT', 'CR', 'PA', 'CU', 'HT', 'EC', 'MX'] as const;

// ISO 3166-1 alpha-2 codes in use (and Kosovo's), for everyone else.
const ALL = `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD
GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM
KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ
SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU
WF WS XK YE YT ZA ZM ZW`.split(/\s+/);

/** Every country, by name in the page's language. */
export function allCountries(): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([getLocale()], { type: 'region' });
  const collator = new Intl.Collator(getLocale());
  return ALL.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
}

export const countryName = (code: string) => new Intl.DisplayNames([getLocale()], { type: 'region' }).of(code) ?? code;
