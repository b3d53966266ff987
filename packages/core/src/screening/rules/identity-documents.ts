// identity_documents (block): the offer asks for passport or ID originals (to keep), or
// for photos of documents sent in advance. Holding a person's papers is how traffickers
// keep them from leaving, and a photo of a DPI or cédula sent to a stranger is enough to
// open credit, register a SIM or forge a contract in that person's name.
//
// Showing an ID at an interview is normal ("presentar cédula de identidad el día de la
// entrevista", "traer DPI original y copia"), and so is quoting its number in an e-mail:
// those never fire. What fires is keeping, handing over or sending.

import { fromHits } from '../findings';
import { type PhraseRule, type Source, anyOf, findHits, near, word } from '../text-match';
import type { Finding } from '../types';

const ID = anyOf(
  'pasaportes?',
  'pasaport',
  '[cs]edulas?(?: de (?:identidad|identificacion|residencia|residente|vecindad))?',
  'd\\.?p\\.?i',
  'dni',
  'dimex',
  'tarjetas? de identidad',
  'documentos? (?:personales|de identidad|de identificacion|migratorios?|originales?)',
  'identificacion(?:es)? (?:oficial|personal)(?:es)?',
  'carne?t?s? de (?:residente|residencia|refugiad[oa]|solicitante(?: de refugio)?)',
  'partidas? de nacimiento',
);
// "Sus documentos", "los papeles": the person's own, when someone means to keep them (not
// an archivist's "custodia de documentos").
const ANY_PAPERS = anyOf(ID, '(?:sus|tus|los) papeles', '(?:sus|tus) documentos', 'los documentos del (?:trabajador|empleado|aspirante|candidato)');

const KEEP = anyOf(
  'reten(?:er|emos|dremos|dra|ido|idos)',
  'retiene[n]?',
  'resguard(?:ar|amos|a|aremos|o)',
  'guard(?:ar|amos|aremos|ara|a|an)',
  'recog(?:er|emos|e|en)',
  'custodi(?:ar|amos|a)',
  'quedarnos con',
  'nos quedamos con',
  'se queda(?:ra|n|ran)? con',
  'quedara[n]? (?:en|bajo|con) (?:resguardo|custodia|poder|garantia|la empresa|la oficina|la agencia|nosotros)',
  'en (?:garantia|prenda|resguardo|custodia)',
  'como garantia',
  'hasta (?:terminar|finalizar|que termine|el fin|pagar|cancelar|cumplir)',
  'mientras (?:dure|trabaje|este)',
);
const HAND_OVER = anyOf('entreg(?:ar|ue|ues|uen|a|as|an)', 'dej(?:ar|e|es|en|a|as|an)', 'envi(?:ar|e|es|en|a|as|anos|enos)', 'mand(?:ar|e|es|en|a|as|anos|enos)', 'ceder', 'ced(?:a|as|an)');
// Sending ahead, from a distance (handing a photocopy over in person is ordinary paperwork).
const SEND = anyOf('envi(?:ar|e|es|en|a|as|anos|enos)', 'mand(?:ar|e|es|en|a|as|anos|enos)', 'adjunt(?:ar|e|es|en|a|as)', 'sub(?:ir|a|as|e|es)', 'remit(?:ir|a|e)', 'compart(?:ir|a|e)', 'escrib(?:ir|a|e)nos');
const IMAGE = anyOf('fotos?', 'fotografias?', 'imagen(?:es)?', 'capturas?', 'scan', 'escane(?:o|ad[oa]s?)', 'copias? (?:digital|escanead[oa])(?:es|s)?', 'pdf', 'self(?:ie|i)s?');
const COPY = anyOf('copias?', 'fotocopias?');
// Sent by a channel or photographed: "DPI por ambos lados", "cédula al WhatsApp".
const SENT_FORM = anyOf('por ambos lados', 'de ambos lados', 'frente y (?:reverso|atras|detras|vuelta)', 'escanead[oa]s?', 'fotografiad[oa]s?', 'en foto', 'en pdf', '(?:por|al|a nuestro|a este) (?:whats?app|wasap|wsp|wpp|correo|inbox|numero|telegram|messenger)');

const RULE: PhraseRule = {
  patterns: [
    ...near(KEEP, ANY_PAPERS, 8),
    // handing over an original: "entregar su DPI original", "dejar el original del pasaporte"
    ...near(HAND_OVER, `(?:${ID}(?: [a-z]+){0,2} originale?s?|originale?s? (?:de |del |de la |de su |de tu )?${ID})`, 5, false),
    // handing over a passport at all: nobody needs it to hire for a job at home
    ...near(HAND_OVER, '(?<!numero de )(?<!numero de su )(?<!numero de tu )pasaportes?', 4, false),
    // photos and scans of a document, however they travel
    word(`${IMAGE} (?:de |del |de la |de su |de tu |de sus |de tus |con (?:su |tu )?)?${ID}`),
    word(`${ID}(?: [a-z]+){0,2} ${SENT_FORM}`),
    // "escanee su cédula", "tómele una foto a su DPI"
    word(`(?:escane(?:e|a|ar|es|en)|fotografi(?:e|a|ar)|tom(?:e|a|ar|ele|ale)(?: una)? fotos? (?:a|de)) (?:su |tu |la |el |sus |tus )?${ID}`),
    // a copy sent ahead: "envíe CV y copia de cédula"
    ...near(SEND, `${COPY} (?:de |del |de la |de su |de tu )?${ID}`, 6, false),
  ],
  // "foto tamaño cédula" is a photo of the person, of ID size
  cancelledBy: [word('tamano (?:cedula|pasaporte|infantil|carne?t?)')],
};

export function identityDocuments(sources: Source[]): Finding<'identity_documents'>[] {
  return fromHits('identity_documents', findHits(sources, RULE), {
    es: 'Pide documentos de identidad originales para quedárselos, o fotos o copias de ellos por adelantado; mostrar la cédula en la entrevista basta',
    en: 'Asks for original identity documents to keep, or photos or copies of them in advance; showing an ID at the interview is enough',
  });
}
