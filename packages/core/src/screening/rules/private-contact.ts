// private_contact_only (flag): the offer can only be answered by WhatsApp, Telegram or a
// personal mobile. Recruiters who traffic people move the conversation to a private chat
// at once, where nobody sees what is promised or asked; a real employer also gives an
// e-mail, a website, an office, a landline, or lets people apply in Solidaria.
//
// Fires when the text says "solo por WhatsApp" outright, or when it gives a private
// channel and no other way at all. Mobiles are told from landlines by each country's
// numbering plan.

import type { CountryCode } from '../../municipalities/municipality';
import { quote } from '../normalise';
import type { Source } from '../text-match';
import { negated } from '../text-match';
import type { Finding } from '../types';

const APPS = String.raw`(?:whats?\s?app?|wh?atsapp?|wasap+|wassap|guasap|whats|wsp|wpp|wa\.me|telegra[mn]|t\.me|signal|inbox|messenger|mensaje (?:privado|directo|interno)|al privado|por privado|dm)`;
const APP = new RegExp(String.raw`(?<![a-z])${APPS}(?![a-z])`, 'g');
const ONLY = new RegExp(
  String.raw`(?<![a-z])(?:solo|unicamente|solamente|exclusivamente) (?:por|al|via|a traves de|mediante|a|en) (?:el |nuestro |este |mi |un )?(?:${APPS}|mensaje|numero|celular|cel)(?![a-z])`,
  'g',
);

// A phone number: optional country code, then 8 digits in two groups of four.
const PHONE = /(?<![\d])(?:\+?\s?(50[2-7])[\s.-]?)?([2-9]\d{3})[\s.-]?(\d{4})(?![\d])/g;
const CALLING_CODE: Record<string, CountryCode> = { '506': 'CR', '502': 'GT', '504': 'HN', '507': 'PA' };
// First digits of mobile numbers (8 digits) in each numbering plan; landlines start with 2.
const MOBILE_FIRST: Record<CountryCode, RegExp> = { CR: /^[5-8]/, GT: /^[3-5]/, HN: /^[3789]/, PA: /^6/ };

const OTHER_WAYS = [
  /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/,
  /(?:https?:\/\/|www\.)(?!wa\.me|t\.me)/,
  /(?<![a-z0-9@.])(?!wa\.me|t\.me)[a-z0-9-]+\.(?:com|org|net|gob|go|gov|edu|es|cr|gt|hn|pa)(?![a-z])/,
  /(?<![a-z])(?:presentarse|presentese|presentate|presentarte|acudir|acuda|acude|visitanos|visitenos|nuestras oficinas|en la oficina|oficinas? (?:de|en|central)|direccion|ubicad[oa]s? en|en persona|personalmente|(?:entregar|llevar|traer) (?:su |tu )?(?:cv|curriculum|hoja de vida)|plataforma|solidaria|formulario|portal|pagina web|sitio web|linkedin|correo|e-?mail|click|clic|pinche|pulse|oficina virtual|bolsa de empleo|postula(?:r|te)? (?:aqui|en esta|por esta))(?![a-z])/,
];

interface Mention {
  source: Source;
  start: number;
  end: number;
}

function isMoneyBefore(text: string, index: number): boolean {
  return /(?:[$₡€]|(?<![a-z])(?:q|l|lps|us)\.?)\s?$/.test(text.slice(Math.max(0, index - 5), index));
}

function phones(source: Source, country: CountryCode): { mobiles: Mention[]; landlines: number } {
  const mobiles: Mention[] = [];
  let landlines = 0;
  for (const m of source.text.folded.matchAll(PHONE)) {
    if (isMoneyBefore(source.text.folded, m.index ?? 0)) continue;
    const plan = CALLING_CODE[m[1] ?? ''] ?? country;
    if (MOBILE_FIRST[plan].test(m[2] ?? '')) mobiles.push({ source, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    else landlines++;
  }
  return { mobiles, landlines };
}

function unnegated(source: Source, pattern: RegExp): Mention[] {
  const out: Mention[] = [];
  for (const clause of source.clauses) {
    for (const m of clause.text.matchAll(pattern)) {
      const at = m.index ?? 0;
      if (negated(clause.text, at, at + m[0].length)) continue;
      out.push({ source, start: clause.start + at, end: clause.start + at + m[0].length });
    }
  }
  return out;
}

// Where applying is described most directly: the "how to apply" field first.
const byField = (a: Mention, b: Mention) => Number(b.source.field === 'howToApply') - Number(a.source.field === 'howToApply') || a.start - b.start;

export function privateContactOnly(sources: Source[], country: CountryCode): Finding<'private_contact_only'>[] {
  const only = sources.flatMap((s) => unnegated(s, ONLY)).sort(byField)[0];
  let mention = only;
  if (!mention) {
    const found = sources.map((s) => ({ apps: unnegated(s, APP), ...phones(s, country) }));
    const otherWay = found.some((f) => f.landlines > 0) || sources.some((s) => OTHER_WAYS.some((p) => p.test(s.text.folded)));
    if (otherWay) return [];
    mention = found.flatMap((f) => [...f.apps, ...f.mobiles]).sort(byField)[0];
  }
  if (!mention) return [];
  const words = quote(mention.source.text, mention.start, mention.end);
  return [
    {
      code: 'private_contact_only',
      field: mention.source.field,
      reason: {
        es: `Solo se puede responder por WhatsApp, Telegram o un celular personal: «${words}». Dé también un medio de la organización (correo, sitio web, oficina, teléfono fijo) o quite el contacto privado: las personas pueden postularse en Solidaria.`,
        en: `Can only be answered by WhatsApp, Telegram or a personal mobile: "${words}". Also give one of the organisation's channels (e-mail, website, office, landline), or remove the private contact: people can apply in Solidaria.`,
      },
    },
  ];
}
