// too_good_to_be_true (flag): "no experience, high pay, urgent". Each alone is ordinary
// ("no se requiere experiencia", "incorporación inmediata", "excelente salario" are in
// honest offers every day); together they are the shape of a lure that must be answered
// before the reader thinks. So the flag needs all three — or easy-money wording ("dinero
// fácil", "gana hasta…"), which promises what no ordinary job does, with either of the
// other two.

import { AMOUNT } from '../amounts';
import type { Explanation } from '../findings';
import { type Hit, type PhraseRule, type Source, anyOf, findHits, word } from '../text-match';
import type { Finding, ScreeningContext, ScreeningInput } from '../types';
import { farAboveLimitMinor, promisesFarAbove } from './pay';
import { monthlyMaxMinor } from '../usual-pay';

const EXPERIENCE = anyOf('e[xs]periencia', 'esperensia', 'experencia', 'estudios', 'titulo', 'preparacion');
const NO_EXPERIENCE: PhraseRule = {
  patterns: [
    word(`sin (?:ninguna |nada de )?(?:${EXPERIENCE})`),
    word(`no (?:se )?(?:requiere|requieres|requerimos|necesita|necesitas|necesitamos|pide|pedimos|exige|exigimos|es necesari[oa]|hace falta|importa)(?: tener)?(?: la| ninguna)? ${EXPERIENCE}`),
    word(`${EXPERIENCE}(?: previa)?:? (?:no (?:necesaria|requerida|indispensable|importa)|ninguna|cero)`),
    word(`(?:cero|nada de) ${EXPERIENCE}|aunque no tengas ${EXPERIENCE}|no importa si no (?:tienes|tiene) ${EXPERIENCE}|no necesitas saber nada|te ensenamos todo`),
  ],
  negatable: false,
};

// Wording that promises easy or outsized money, whatever the amount.
const EASY_MONEY: PhraseRule = {
  patterns: [
    word('(?:dinero|plata|pisto|billete|lana|harta plata) (?:facil|rapido)'),
    word(`(?:gana|ganas|ganar|ganaras|ganancias|ingresos)(?: de)? (?:hasta|mas de|arriba de|superiores a)(?: [a-z]+)? ?${AMOUNT}`),
    word('(?:gana|ganas|ganar|ganaras)(?: [a-z0-9$₡.,]+){0,6} (?:sin salir de (?:tu |la |su )?casa|desde (?:tu |la |su )?(?:casa|celular|telefono))'),
    word('(?:gana|ganas|ganar|ganaras) en dolares|ganancias (?:diarias|inmediatas|garantizadas)|hazte rico|gana(?:s|r)? (?:mucho|muchisimo) (?:dinero|pisto|plata)|ingresos? ilimitados?'),
  ],
};
// Ordinary praise of the pay: counts only together with no experience and urgency.
const HIGH_PAY: PhraseRule = {
  patterns: [
    word('(?:sueldo|salario|paga|pago|ganancias|ingresos)s? (?:muy )?(?:alt[oa]s?|altisim[oa]s?|excelentes?|increibles?|atractiv[oa]s?|millonari[oa]s?|muy buen[oa]s?)'),
    word('(?:excelente|increible|altisim[oa]|muy buen[oa]|gran|buen) (?:sueldo|salario|paga|pago|ganancias|ingresos)s?'),
    word('(?:muy )?bien pagad[oa]s?|(?:paga|pago|pagos) (?:diari[oa]s?|inmediat[oa]s?|al instante)'),
  ],
};
const URGENT: PhraseRule = {
  patterns: [
    word('urg(?:e|en|ente|entes|entemente)|urj(?:e|en|ente)'),
    word('inmediat[oa]s?|de inmediato|hoy mismo|ya mismo|lo antes posible|cuanto antes'),
    word('(?:empieza|empiezas|empiece|comienza|comienzas|inicia|inicias|trabaja|trabajas) (?:hoy|manana|ya)'),
    word('ultim[oa]s? (?:plazas|cupos|vacantes|espacios|lugares)|(?:cupos|plazas|espacios|vacantes) limitad[oa]s|solo (?:hoy|esta semana|por hoy)|no (?:pierdas|dejes pasar) (?:esta|la) oportunidad|aprovecha(?: ya| ahora)?'),
  ],
  negatable: false,
};

const WHY: Explanation = {
  es: 'Promete demasiado: sin experiencia, paga alta y con urgencia, como los anuncios que usan las redes de trata',
  en: 'Promises too much: no experience, high pay and urgency, the pattern of offers used by trafficking networks',
};

export function tooGoodToBeTrue(input: Pick<ScreeningInput, 'salary'>, sources: Source[], context: Pick<ScreeningContext, 'country' | 'iscoCode'>): Finding<'too_good_to_be_true'>[] {
  const noExperience = findHits(sources, NO_EXPERIENCE)[0];
  const urgent = findHits(sources, URGENT)[0];
  const easy = findHits(sources, EASY_MONEY)[0] ?? promisesFarAbove(sources, context);
  const offered = monthlyMaxMinor(input.salary);
  const paidFarAbove = offered !== null && offered > farAboveLimitMinor(context);
  const high: Hit | undefined = easy ?? findHits(sources, HIGH_PAY)[0] ?? (paidFarAbove ? { field: 'salary', quote: '' } : undefined);
  const fires = (noExperience && high && urgent) || (easy && (noExperience || urgent));
  if (!fires) return [];
  const quotes = [noExperience, high, urgent].filter((h): h is Hit => h !== undefined && h.quote !== '').map((h) => h.quote);
  const field = (easy ?? noExperience ?? urgent)?.field ?? 'description';
  return [
    {
      code: 'too_good_to_be_true',
      field,
      reason: { es: `${WHY.es}: «${quotes.join('», «')}».`, en: `${WHY.en}: "${quotes.join('", "')}".` },
    },
  ];
}
