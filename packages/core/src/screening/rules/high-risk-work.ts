// high_risk_work (flag): modelling, hostess, massage, "acompañante", "damas de compañía",
// "edecán", "bailarina", bar and night-club work. These are the jobs under which sexual
// exploitation is most often recruited in the region. Some are honest (a spa, a
// promotions agency), so an officer reviews them; none is refused on the words alone.
//
// Words with an everyday meaning are narrowed: "modelo" only as a job ("se buscan
// modelos", "modelo webcam", not "modelo de negocio"), "acompañante" not when it is care
// ("acompañante de adultos mayores"), "masaje" not "masaje cardíaco" (first aid).

import { fromHits } from '../findings';
import { type PhraseRule, type Source, anyOf, findHits, word } from '../text-match';
import type { Finding } from '../types';

const HIRING = anyOf('se busca', 'se buscan', 'buscamos', 'busco', 'solicito', 'solicitamos', 'se solicitan?', 'necesito', 'necesitamos', 'se necesitan?', 'contratamos', 'se contratan?', 'urgen?', 'se ocupan?', 'ocupamos', 'requerimos', 'casting(?: de| para)?', 'convocatoria(?: de| para)?');

const RULE: PhraseRule = {
  patterns: [
    word('damas? de compan[ni]a|acompanantes?(?! (?:(?:de|para) (?:adult|persona|pacient|nin|enferm|ancian|transporte|ruta|bus|viaje|estudiant|alumn)|terapeut|hospitalari|escolar|domiciliari|geriatric))'),
    word('scorts?|escorts?|edecan(?:es)?|bailarinas?|baile (?:privado|erotico|exotico)|table ?dance|strip ?tease|strippers?|streptease|desnudist[ao]s?'),
    word('webcam|web cam|video ?chat|chat (?:erotico|caliente|para adultos)|contenido (?:para )?adultos|contenido (?:erotico|sensual|picante)|only ?fans|sugar (?:daddy|baby|mommy)'),
    word('masajistas?|masajes?(?! (?:cardiac|de reanimacion|cardiopulmonar))|spa (?:para caballeros|nocturno)'),
    word('modelaje|modelos? (?:webcam|eroticas?|fotografic[oa]s?|(?:para|de) (?:fotos?|fotografias?|sesion(?:es)?|publicidad|catalogos?|pasarela|lenceria|videos?|eventos|edecan|promocion|revistas?|redes sociales))'),
    word(`${HIRING}(?: \\d+)? (?:chicas |senoritas |jovenes )?modelos?`),
    word('(?:trabajo|empleo|chamba|brete|vacante|oportunidad) (?:de|como) (?:modelo|anfitriona|hostess|edecan|bailarina|masajista|acompanante)'),
    word('hostess|anfitrionas?|ficheras?|meseras? (?:para|de) (?:bar|cantina|club|discoteca|karaoke)|(?:chicas|senoritas|damas|muchachas) (?:para|de) (?:bar|cantina|club|compania|eventos privados|fiestas)'),
    word('club nocturno|centro nocturno|night ?club|cabaret|casa de citas|barra show|bar de caballeros|club de caballeros|entretenimiento (?:para )?adultos|fiestas privadas|eventos privados para caballeros|atencion (?:a|al) caballeros?'),
  ],
};

export function highRiskWork(sources: Source[]): Finding<'high_risk_work'>[] {
  return fromHits('high_risk_work', findHits(sources, RULE), {
    es: 'Es un tipo de trabajo (modelaje, anfitrionas, masajes, acompañantes, baile, bares nocturnos) usado a menudo para captar a víctimas de explotación',
    en: 'Is a kind of work (modelling, hostesses, massage, escorts, dancing, night bars) often used to recruit victims of exploitation',
  });
}
