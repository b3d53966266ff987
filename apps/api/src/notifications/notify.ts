import { enqueueEmailWrite, schema, type Database, type Write } from '@solidaria/db';
import { inArray } from 'drizzle-orm';

export type NotificationKind = 'new_application' | 'application_moved' | 'contact_request' | 'contact_answered' | 'new_matching_offers' | 'new_order';

// The message says only that there is news and where to read it: never a name, an offer,
// a state or anything else an inbox shared with family, or a phone read over a shoulder, should not show.
const WORDS: Record<'es' | 'en', { subject: string; body: Record<NotificationKind, string> }> = {
  es: {
    subject: 'Solidaria: tiene novedades',
    body: {
      new_application: 'Alguien se postuló a una oferta de su organización.',
      application_moved: 'Hay novedades sobre una de sus postulaciones.',
      contact_request: 'Una organización verificada quiere contactarle.',
      contact_answered: 'Una persona respondió a su pedido de contacto.',
      new_matching_offers: 'Hay ofertas de empleo nuevas que coinciden con su perfil.',
      new_order: 'Su emprendimiento recibió un pedido nuevo.',
    },
  },
  en: {
    subject: 'Solidaria: you have news',
    body: {
      new_application: 'Someone applied to an offer of your organisation.',
      application_moved: 'There is news about one of your applications.',
      contact_request: 'A verified organisation would like to contact you.',
      contact_answered: 'Someone answered your contact request.',
      new_matching_offers: 'There are new job offers that match your profile.',
      new_order: 'Your enterprise received a new order.',
    },
  },
};

/** E-mails (through the outbox, in the same atomic unit as the change) to the people concerned who have an e-mail. */
export async function notificationWrites(db: Database, userIds: readonly number[], kind: NotificationKind, link: string, now: Date): Promise<Write[]> {
  if (userIds.length === 0) return [];
  const people = await db.orm.select({ email: schema.users.email, language: schema.users.language }).from(schema.users).where(inArray(schema.users.id, [...userIds]));
  return people.flatMap(({ email, language }) => {
    if (!email) return [];
    const words = WORDS[language];
    return [enqueueEmailWrite(db, { recipient: email, subject: words.subject, body: `${words.body[kind]}\n\n${link}\n` }, now)];
  });
}
