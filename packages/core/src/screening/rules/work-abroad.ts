// work_abroad: work in another country, or travel and visa "paid" by the recruiter, is the
// classic trafficking lure ("te llevamos a trabajar a Estados Unidos, pasaje y visa
// pagados"). It is allowed only from a verified organisation and after an officer's
// approval, so from an unverified one it is refused (block `work_abroad`), and from a
// verified one it goes to an officer (flag `work_abroad_needs_approval`).
//
// Detected from the offer's `workAbroad` box and from the text. A place alone is not
// enough ("experiencia en el extranjero", "retornados de Estados Unidos", "personas de
// otro país" are welcome words): it needs going or working there.

import type { CountryCode } from '../../municipalities/municipality';
import { fromHits, type Explanation } from '../findings';
import { type Hit, type PhraseRule, type Source, anyOf, findHits, word } from '../text-match';
import type { Finding, ScreeningContext, ScreeningInput } from '../types';

const ABROAD = [
  'estados unidos', 'e\\.? ?e\\.? ?u\\.? ?u\\.?', 'e\\.?u\\.?a', 'usa', 'u\\.s\\.a\\.?', 'gringolandia',
  'los states', 'los yunai(?:tes|ted)', 'canada', 'espana', 'mexico', 'alemania', 'italia', 'francia',
  'portugal', 'inglaterra', 'reino unido', 'irlanda', 'holanda', 'paises bajos', 'belgica', 'suiza', 'suecia',
  'noruega', 'finlandia', 'dinamarca', 'polonia', 'austria', 'grecia', 'rusia', 'turquia', 'europa', 'japon',
  'corea', 'china', 'taiwan', 'tailandia', 'malasia', 'singapur', 'dubai', 'emiratos(?: arabes)?', 'qatar',
  'catar', 'kuwait', 'arabia(?: saudita| saudi)?', 'israel', 'australia', 'nueva zelanda', 'chile',
  'argentina', 'brasil', 'peru', 'colombia', 'ecuador', 'venezuela', 'republica dominicana', 'puerto rico',
  'el salvador', 'nicaragua', 'belice', 'miami', 'nueva york', 'new york', 'texas', 'california', 'florida',
  'houston', 'los angeles', 'chicago', 'toronto', 'montreal', 'vancouver', 'madrid', 'barcelona', 'cancun',
  'monterrey', 'tijuana', 'chiapas', 'tapachula', 'tabasco', 'quintana roo', 'yucatan', 'campeche', 'new jersey',
  'nueva jersey', 'carolina del (?:norte|sur)', 'virginia', 'maryland', 'luisiana', 'louisiana', 'arizona', 'nevada',
  'las vegas', 'atlanta', 'washington', 'boston', 'alaska', 'extranjero', 'otros? pais(?:es)?', 'fuera del pais', 'exterior(?! de)',
];
// The programme's own countries are abroad only from the others.
const PROGRAMME: Record<CountryCode, string> = { CR: 'costa rica', GT: 'guatemala', HN: 'honduras', PA: 'panama' };

const GOING = anyOf(
  'trabaj[a-z]*', 'emple(?:o|os|ar|arte|amos)', 'chamb[a-z]*', 'bretes?', 'labor(?:ar|es|ales)?', 'vacantes?',
  'plazas?', 'puestos?', 'oportunidad(?:es)?', 'contrat[a-z]*', 'reclut[a-z]*', 'viaj[a-z]*',
  '(?:te|los|las|lo|la|les) llev[a-z]*', 'llevamos', 'enviamos', 'emigr[a-z]*', 'irte', 'irse', 'ir', 'vete',
  'vente', 'salir', 'destino', 'jornaleros?', 'temporada', 'cosechas?', 'vivir', 'traslad[a-z]*',
  'reubic[a-z]*', 'personal', 'gente', 'emplead[oa]s?',
  // a workplace: "restaurante en El Salvador", "hotel en Panamá"
  'restaurantes?', 'hotel(?:es)?', 'fincas?', 'fabricas?', 'plantas?', 'obras?', 'hospitales?', 'cruceros?',
  'bar(?:es)?', 'clubs?', 'casas?', 'empresas?', 'negocios?', 'tiendas?',
);
const TO = '(?: [a-z]+){0,3}? (?:(?:en|a|al|hacia|para|rumbo a|con destino a)(?: (?:el|la|los|las))?|(?:fincas?|empresas?|hoteles?|fabricas?|plantas?|obras?|campos?|restaurantes?|cruceros?|hospitales?|casas?) (?:de|en)) ';

const PAID_TRAVEL = [
  'visas? (?:de trabajo|laboral(?:es)?|de temporada|temporal(?:es)?|h-?2 ?[ab])',
  'h-?2 ?[ab]',
  'visas? (?:americana|gringa|estadounidense|canadiense|mexicana|europea|schengen)',
  '(?:pasajes?|boletos?|tiquetes?|billetes?) (?:de avion|aereos?)',
  'vuelos? (?:pagad|incluid|gratis|cubiert)[a-z]*',
  '(?:pasajes?|boletos?|tiquetes?|vuelos?) (?:y|e|con) (?:la |tu |su )?visas?',
  'visas? (?:y|e|con) (?:el |tu |su )?(?:pasajes?|boletos?|tiquetes?|vuelos?)',
  'visas? (?:pagad|incluid|gratis|tramitad|garantizad)[a-z]*',
  '(?:te |le )?(?:tramitamos|sacamos|conseguimos|arreglamos|gestionamos|ayudamos con) (?:tu |la |su |el )?(?:visa|pasaporte|permiso de trabajo)',
  '(?:pagamos|cubrimos|incluimos|regalamos|te damos|le damos) (?:el |tu |su |la )?(?:vuelo|boleto de avion|pasaje de avion|visa)',
  'cruzar (?:la frontera|al otro lado)',
  '(?:te|le|les) (?:prestamos|adelantamos|financiamos)(?: [a-z]+){0,3} (?:viaje|boleto|vuelo|visa)',
];

// Words that make a place someone's past or origin, or where the company (not the job) is:
// "experiencia en México", "retornados de Estados Unidos", "empresa con operaciones en
// México", "fábrica que exporta a Europa", "atención a clientes en Estados Unidos".
const NOT_GOING = /experiencia|estudi|formacion|titul|nacid|origen|proceden|provenien|nacionalidad|retorn|deportad|regres|presencia|operacion|sede|sucursal|oficinas|filial|matriz|client|export|import|marca|lider|cobertura/;

const RULES = new Map<CountryCode, PhraseRule>();

function rule(country: CountryCode): PhraseRule {
  const known = RULES.get(country);
  if (known) return known;
  const places = [...ABROAD, ...Object.entries(PROGRAMME).filter(([code]) => code !== country).map(([, name]) => name)];
  const made: PhraseRule = {
    patterns: [word(`${GOING}${TO}${anyOf(...places)}`), word(`(?:lugar de trabajo|ubicacion|destino|pais de destino|sede):? (?:en )?${anyOf(...places)}`), ...PAID_TRAVEL.map(word)],
    accept: (m) => !NOT_GOING.test(m[0]),
    // a foreigner's permit to work here is not a trip abroad
    cancelledBy: [word('(?:extranjer[oa]s?|personas|migrantes|se aceptan?|aceptamos|tener|tenga|posea|contar con|cuente con)(?: [a-z]+){0,2} (?:visa|permiso) de trabajo')],
  };
  RULES.set(country, made);
  return made;
}

const BLOCKED: Explanation = {
  es: 'Ofrece trabajo en el extranjero o viaje y visa pagados, y la organización no está verificada; solo se publica de una organización verificada y con aprobación de un funcionario',
  en: 'Offers work abroad or paid travel and visa, and the organisation is not verified; it can only be published from a verified organisation with an officer’s approval',
};
const NEEDS_APPROVAL: Explanation = {
  es: 'Ofrece trabajo en el extranjero o viaje y visa pagados; un funcionario debe aprobarlo antes de publicarlo',
  en: 'Offers work abroad or paid travel and visa; an officer must approve it before it is published',
};

function findings<Code extends string>(code: Code, why: Explanation, markedAbroad: boolean, hits: Hit[]): Finding<Code>[] {
  const box: Finding<Code>[] = markedAbroad ? [{ code, field: 'workAbroad', reason: { es: `${why.es}: la oferta marca trabajo fuera del país.`, en: `${why.en}: the offer is marked as work abroad.` } }] : [];
  return [...box, ...fromHits(code, hits, why)];
}

export function workAbroad(
  input: Pick<ScreeningInput, 'workAbroad'>,
  sources: Source[],
  context: Pick<ScreeningContext, 'country' | 'organisation'>,
): { blocks: Finding<'work_abroad'>[]; flags: Finding<'work_abroad_needs_approval'>[] } {
  const hits = findHits(sources, rule(context.country));
  return context.organisation.verified
    ? { blocks: [], flags: findings('work_abroad_needs_approval', NEEDS_APPROVAL, input.workAbroad, hits) }
    : { blocks: findings('work_abroad', BLOCKED, input.workAbroad, hits), flags: [] };
}
