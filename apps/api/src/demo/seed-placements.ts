import { ageBand, followUpMonths, genders, populationGroups } from '@solidaria/core';
import { schema } from '@solidaria/db';
import { followUpDueOn } from '../placements/follow-up-dates';
import type { Services } from '../services';

// Invented placements in Upala over the last twelve months, with their follow-ups at 1,
// 3 and 6 months where those are due, so the office's figures and charts have something
// to show (and some small groups, so suppression shows too).
const EMPLOYERS = ['Finca La Esperanza', 'Soda El Rincón', 'Ferretería Upala', 'Hotel Río Zapote', 'Piñera del Norte', 'Taller Mecánico Colonia'];
const NATIONALITIES = ['NI', 'NI', 'NI', 'VE', 'CR', 'HN', 'NI', 'CR'];
export const DEMO_PLACEMENTS = 60;


export async function seedDemoPlacements(services: Services, officerId: number): Promise<void> {
  const { db, clock } = services;
  const now = clock.now();
  const upala = (await db.orm.select().from(schema.municipalities)).find((m) => m.slug === 'upala');
  if (!upala) return;
  const occupations = await db.orm.select({ id: schema.occupations.id }).from(schema.occupations).limit(40);
  for (let i = 0; i < DEMO_PLACEMENTS; i++) {
    // Spread over the past year, more in the harvest months.
    const start = new Date(now.getTime() - (((i * 37) % 360) + 5) * 86_400_000);
    const startsOn = start.toISOString().slice(0, 10);
    const birthDate = `${1972 + ((i * 5) % 34)}-0${1 + (i % 9)}-1${i % 9}`;
    const [placement] = await db.orm.insert(schema.placements).values({
      employerName: EMPLOYERS[i % EMPLOYERS.length]!, occupationId: occupations[(i * 3) % Math.max(occupations.length, 1)]?.id ?? null,
      municipalityId: upala.id, startsOn, source: 'office',
      gender: i % 11 === 0 ? null : genders[i % 2]!, ageBand: ageBand(birthDate, start), nationality: i % 20 === 7 ? 'SV' : NATIONALITIES[i % NATIONALITIES.length]!,
      populationGroup: populationGroups[(i * 5) % populationGroups.length]!, recordedBy: officerId, createdAt: start,
    }).returning();
    for (const months of followUpMonths) {
      const due = new Date(`${followUpDueOn(startsOn, months)}T12:00:00Z`);
      if (due > now || !placement) continue;
      // Most still have the job; fewer the longer it has been.
      await db.orm.insert(schema.placementFollowUps).values({ placementId: placement.id, months, stillEmployed: (i + months) % (months === 6 ? 4 : 6) !== 0, recordedBy: officerId, recordedAt: due });
    }
  }
}
