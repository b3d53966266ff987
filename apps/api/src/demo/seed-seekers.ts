import { areNeighbourSlugs, genders, populationGroups, skillLevels, type ProfileInput, type Visibility, type WorkAuthorization } from '@solidaria/core';
import { createUser, grantConsentWrite, loadProfile, saveProfileWrites, schema, setVisibilityWrite } from '@solidaria/db';
import { newToken } from '../auth/tokens';
import { profileIndexWrites } from '../profiles/index-writes';
import { CONTACT_PURPOSE, NOTICE_VERSION } from '../profiles/consent-purposes';
import { shareConsentWrites } from '../profiles/share-consent';
import type { Services } from '../services';

// Invented people, so the demo employer sees ranked candidates. Their profiles are made
// from the demo offers' occupations and skills, in the offers' places or next to them.
const FIRST = ['María', 'José', 'Ana', 'Luis', 'Carmen', 'Jorge', 'Rosa', 'Carlos', 'Marta', 'Pedro', 'Lucía', 'Miguel', 'Elena', 'Juan', 'Sofía', 'Andrés', 'Yolanda', 'Óscar', 'Karla', 'Wilmer'];
const LAST = ['Pérez', 'Rodríguez', 'López', 'Martínez', 'Hernández', 'Gómez', 'Castillo', 'Mejía', 'Flores', 'Reyes', 'Ortiz', 'Chavarría', 'Zelaya', 'Aguilar', 'Ramírez'];
const PERMITS: WorkAuthorization[] = ['refugee', 'asylum_seeker_with_permit', 'citizen_or_resident', 'refugee', 'other_permit', 'asylum_seeker_with_permit'];
const NATIONALITIES = ['NI', 'VE', 'HN', 'SV', 'CR', 'GT', 'CO', 'NI', 'VE', 'CU'];
const VISIBILITY: Visibility[] = ['anonymous', 'anonymous', 'visible', 'anonymous', 'hidden'];
export const DEMO_SEEKERS = 48;

/**
 * Demo job seekers (accounts nobody can sign in to: their password is random and never
 * written down), and a profile for the public demo seeker, so "Para ti" has something to show.
 */
export async function seedDemoSeekers(services: Services, publicSeekerId: number): Promise<void> {
  const { db, clock, passwords } = services;
  const now = clock.now();
  const municipalities = await db.orm.select().from(schema.municipalities);
  const offers = await db.orm.select({ id: schema.offers.id, occupationId: schema.offers.occupationId, municipalityId: schema.offers.municipalityId }).from(schema.offers);
  const offerSkills = await db.orm.select().from(schema.offerSkills);
  const place = new Map(municipalities.map((m) => [m.id, m]));
  const unusable = await passwords.hash(newToken());
  for (let i = 0; i <= DEMO_SEEKERS; i++) {
    const offer = offers[(i * 7) % offers.length];
    if (!offer) return;
    const home = place.get(offer.municipalityId)!;
    // One in four lives in a neighbouring municipality, when there is one.
    const neighbour = municipalities.find((m) => m.id !== home.id && areNeighbourSlugs(m.slug, home.slug));
    const municipalityId = i % 4 === 3 && neighbour ? neighbour.id : home.id;
    const skills = offerSkills.filter((s) => s.offerId === offer.id).filter((_, k) => (i + k) % 3 !== 0);
    const input: ProfileInput = {
      headline: '',
      municipalityId,
      birthDate: `${1970 + ((i * 3) % 35)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
      desiredOccupationIds: offer.occupationId ? [offer.occupationId] : [],
      skills: skills.map((s, k) => ({ skillId: s.skillId, level: skillLevels[(i + k) % skillLevels.length]! })),
      languages: [{ code: 'es', level: 'native' }, ...(i % 5 === 0 ? [{ code: 'en', level: 'A2' as const }] : [])],
      workHistory: offer.occupationId ? [{ title: 'Trabajo anterior', occupationId: offer.occupationId, employer: '', months: 6 + ((i * 5) % 60), formal: i % 3 === 0 }] : [],
      educationLevel: (['primary', 'secondary', 'technical'] as const)[i % 3]!,
      availability: { fullTime: i % 4 !== 1, partTime: i % 3 === 1, days: [], shifts: [], canStartOn: null, willingToRelocate: i % 6 === 0 },
      workAuthorization: PERMITS[i % PERMITS.length]!,
      workAuthorizationExpiresOn: null,
      gender: genders[i % 3]!,
      nationality: NATIONALITIES[i % NATIONALITIES.length]!,
      populationGroup: populationGroups[i % populationGroups.length]!,
    };
    const isPublicSeeker = i === DEMO_SEEKERS;
    const userId = isPublicSeeker
      ? publicSeekerId
      : (await createUser(db, {
          identifier: { kind: 'email', value: `persona${i + 1}@demo.solidaria.test` },
          displayName: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} (demo)`,
          language: 'es', passwordHash: unusable, municipalityId, grants: [{ role: 'seeker', municipalityId: null }], now,
        })).id;
    const visibility = isPublicSeeker ? 'anonymous' : VISIBILITY[i % VISIBILITY.length]!;
    // A demo profile shown to employers carries the consent to share it, like a real one;
    // those shown with their name also agreed to be asked for their contact.
    const consent = await shareConsentWrites(services, { userId, visibility, now, actorUserId: userId, requestId: null });
    const contact = visibility === 'visible' ? [grantConsentWrite(db, { userId, purpose: CONTACT_PURPOSE, noticeVersion: NOTICE_VERSION, now })] : [];
    await db.atomic([...saveProfileWrites(db, userId, input, now), setVisibilityWrite(db, userId, visibility, now), ...consent, ...contact]);
    const saved = await loadProfile(db, userId);
    await db.atomic(await profileIndexWrites(services, userId, saved));
  }
}
