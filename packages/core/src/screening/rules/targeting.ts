// age_or_gender_targeting (flag): "señoritas de 18 a 25", "solo mujeres", "buena
// presencia", "sin hijos". Asking for young women of a certain look and no family ties
// is how recruitment for sexual exploitation is worded; it is also discrimination the
// labour codes of the four countries forbid. Honest offers sometimes slip into it out of
// habit, so an officer looks rather than the offer being refused.
//
// The legal working age ("mayores de 18", "mayor de edad") is not targeting and never
// fires; nor do inclusive phrases ("hombres y mujeres", "sin importar edad ni género").

import { fromHits } from '../findings';
import { type PhraseRule, type Source, anyOf, findHits, word } from '../text-match';
import type { Finding } from '../types';

const YOUNG_WOMEN = anyOf('senoritas?', 'jovencitas?', 'chicas', 'muchachas', 'nenas', 'chavas', 'chavalas', 'cipotas', 'patojas', 'guilas', 'chamacas');
const SEXES = anyOf('mujer(?:es)?', 'hombres?', 'varon(?:es)?', 'damas?', 'caballeros?', 'chicas?', 'chicos?', 'muchachas?', 'muchachos?', 'senoritas?', 'femenino', 'masculino');
const PERSON = anyOf('ser', 'sea', 'seas', 'fisicamente', 'chicas', 'chicos', 'senoritas', 'mujeres', 'damas', 'jovenes', 'muchachas', 'muchachos', 'hombres', 'persona', 'personas');
const INCLUSIVE_NEXT = `(?! (?:y|e|o|u) (?:${SEXES}|jovenes|personas))`;

// An age range or ceiling: "de 18 a 25 años", "edad: 20-30", "menores de 30", "máximo 35 años".
const AGE_LIMITS: string[] = [
  `(?:edad|edades)(?: (?:de|entre|requerida|:))?:? ?(?:1[5-9]|[2-6]\\d) ?(?:a|y|-|hasta|al) ?(?:[2-6]\\d)`,
  `(?:de|entre) (?:1[5-9]|[2-6]\\d) ?(?:a|y|-|hasta|al) ?(?:[2-6]\\d) anos(?! (?:de )?(?:experiencia|antiguedad|trayectoria|servicio))`,
  `(?<![a-z0-9])(?:1[5-9]|[2-6]\\d) ?(?:-|a) ?(?:[2-6]\\d) anos(?! (?:de )?(?:experiencia|antiguedad|trayectoria|servicio))`,
  `(?:menores|menos) de (?:19|[2-6]\\d) anos`,
  `no mayor(?:es)? de (?:[2-6]\\d)`,
  `(?:maximo|hasta|limite de) (?:los )?(?:[2-6]\\d) anos(?! (?:de )?(?:experiencia|antiguedad|trayectoria|servicio|contrato))`,
  `edad maxima(?: de)?:? (?:[2-6]\\d)`,
  `(?:jovenes|${YOUNG_WOMEN}) (?:de|entre) (?:1[5-9]|[2-6]\\d)(?! anos? (?:en adelante|o mas|cumplidos))`,
];

const RULE: PhraseRule = {
  patterns: [
    ...AGE_LIMITS.map(word),
    // one sex only
    word(`(?:solo|solamente|unicamente|exclusivamente|preferiblemente|preferentemente|de preferencia) (?:para )?${SEXES}${INCLUSIVE_NEXT}`),
    word(`(?:sexo|genero):? (?:femenino|masculino|mujer|hombre)${INCLUSIVE_NEXT}`),
    word(`(?:se busca|se buscan|buscamos|busco|solicito|solicitamos|se solicitan?|necesito|necesitamos|se necesitan?|contrato|contratamos|se contratan?|urgen?|se ocupan?|ocupo|ocupamos|requerimos|se requieren?)(?: \\d+)? ${anyOf('mujeres', 'hombres', 'damas', 'caballeros', 'varones')}${INCLUSIVE_NEXT}`),
    word(YOUNG_WOMEN),
    // looks
    word('buena (?:presencia|apariencia|figura|imagen personal)|buen (?:aspecto|fisico|cuerpo|ver)|de buen ver|sexys?|(?:sus |tus )?medidas corporales|foto(?:s|grafia)? (?:de )?cuerpo (?:completo|entero)|foto(?:s)? en (?:bikini|traje de bano|ropa interior)'),
    // "atractiva", "delgada" about a person ("remuneración atractiva" is about pay)
    word(`${PERSON}(?: muy)? (?:atractiv|bonit|guap|delgad|esbelt)[oa]s?`),
    // family ties ("ocio para solteros" is a product, not a requirement)
    word('sin (?:hijos|hijas|compromisos?|pareja|novio|familia|responsabilidades familiares|cargas familiares)|no casad[oa]s?|no embarazadas?|prueba de embarazo'),
    word(`(?:${PERSON}|estado civil:?|preferiblemente|de preferencia|solo|unicamente|requisito:?)(?: muy)? solter[oa]s?`),
  ],
  // "sin importar edad ni género", "todas las edades": explicitly open to everyone
  cancelledBy: [word('sin (?:importar|distincion de|discriminacion)|no importa (?:la )?(?:edad|genero|sexo)|todas las edades|cualquier (?:edad|genero|sexo)|igualdad de oportunidades')],
};

export function ageOrGenderTargeting(sources: Source[]): Finding<'age_or_gender_targeting'>[] {
  return fromHits('age_or_gender_targeting', findHits(sources, RULE), {
    es: 'Pide una edad, un sexo, un aspecto físico o una situación familiar; las ofertas deben describir el trabajo, no a la persona',
    en: 'Asks for an age, a sex, a look or a family situation; offers must describe the work, not the person',
  });
}
