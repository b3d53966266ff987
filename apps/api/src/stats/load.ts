import { addMonths, ageBand, firstDayOf, iscoMajorGroup, lastDayOf, type CountedMeasure, type FiguresInput, type FollowUpMonths, type StatsDimension, type Unit } from '@solidaria/core';
import { schema, type Database } from '@solidaria/db';
import { and, eq, gte, inArray, isNull, lt, or, type SQL, type SQLWrapper } from 'drizzle-orm';
import { todayIn } from '../offers/views';
import { periodInstants, type MonthPeriod } from './query';

/** Whose figures: every municipality ('*', admins only) or these. */
export type Coverage = '*' | readonly number[];

interface Traits {
  month: string;
  gender?: string | null;
  birthDate?: string | null;
  ageBand?: string | null;
  nationality?: string | null;
  populationGroup?: string | null;
  iscoCode?: string | null;
}

const PAID_STATES = ['paid', 'ready', 'completed'] as const;

/**
 * Reads what the figures count for a coverage and period, one row per person, offer,
 * enterprise or order, and puts each in its category of the chosen breakdown. The period
 * is whole months (YYYY-MM) of `timeZone`, the coverage's; age bands are ages on the last
 * month's last day (placements keep the band copied when they were recorded).
 */
export async function loadFiguresInput(db: Database, coverage: Coverage, period: MonthPeriod, by: StatsDimension, timeZone: string): Promise<{ input: Omit<FiguresInput, 'categories'>; nationalities: string[] }> {
  const { start, end } = periodInstants(period, timeZone);
  const monthOf = (d: Date) => todayIn(timeZone, d).slice(0, 7);
  const ageOn = new Date(`${lastDayOf(period.to)}T00:00:00Z`);
  const within = (column: SQLWrapper & Parameters<typeof inArray>[0]): SQL | undefined => (coverage === '*' ? undefined : inArray(column, [...coverage]));
  const during = (column: Parameters<typeof gte>[0]) => and(gte(column, start), lt(column, end));
  const nationalities = new Set<string>();
  const categoryOf = (t: Traits): string | null => {
    if (t.nationality) nationalities.add(t.nationality);
    switch (by) {
      case 'month': return t.month;
      case 'gender': return t.gender ?? null;
      case 'ageBand': return t.ageBand ?? (t.birthDate ? ageBand(t.birthDate, ageOn) : null);
      case 'nationality': return t.nationality ?? null;
      case 'populationGroup': return t.populationGroup ?? null;
      case 'iscoGroup': return t.iscoCode === undefined ? null : iscoMajorGroup(t.iscoCode);
    }
  };
  const unit = (t: Traits, weight = 1): Unit => ({ category: categoryOf(t), weight });
  const { seekerProfiles: profiles, users, offers, occupations, applications, placements, placementFollowUps: followUps, enterprises, orders } = schema;
  const person = { gender: profiles.gender, birthDate: profiles.birthDate, nationality: profiles.nationality, populationGroup: profiles.populationGroup };

  const seekerRows = await db.orm.select({ ...person, at: profiles.createdAt }).from(profiles)
    .where(and(during(profiles.createdAt), within(profiles.municipalityId)));

  // Active: a profile made by the period's end, whose account is open, updated or used to apply during the period.
  const appliedInPeriod = db.orm.select({ userId: applications.userId }).from(applications).where(during(applications.createdAt));
  const activeRows = await db.orm.select(person).from(profiles).innerJoin(users, eq(users.id, profiles.userId))
    .where(and(lt(profiles.createdAt, end), isNull(users.disabledAt), within(profiles.municipalityId), or(during(profiles.updatedAt), inArray(profiles.userId, appliedInPeriod))));

  const offerRows = await db.orm.select({ at: offers.publishedAt, vacancies: offers.vacancies, iscoCode: occupations.iscoCode }).from(offers)
    .leftJoin(occupations, eq(occupations.id, offers.occupationId))
    .where(and(during(offers.publishedAt), within(offers.municipalityId)));

  const applicationRows = await db.orm.select({ ...person, at: applications.createdAt, iscoCode: occupations.iscoCode }).from(applications)
    .innerJoin(offers, eq(offers.id, applications.offerId))
    .leftJoin(occupations, eq(occupations.id, offers.occupationId))
    .leftJoin(profiles, eq(profiles.userId, applications.userId))
    .where(and(during(applications.createdAt), within(offers.municipalityId)));

  const placed = { id: placements.id, startsOn: placements.startsOn, gender: placements.gender, ageBand: placements.ageBand, nationality: placements.nationality, populationGroup: placements.populationGroup, iscoCode: occupations.iscoCode };
  const placedDuring = and(gte(placements.startsOn, firstDayOf(period.from)), lt(placements.startsOn, firstDayOf(addMonths(period.to, 1))), within(placements.municipalityId));
  const placementRows = await db.orm.select(placed).from(placements).leftJoin(occupations, eq(occupations.id, placements.occupationId)).where(placedDuring);
  const followUpRows = await db.orm.select({ ...placed, months: followUps.months, stillEmployed: followUps.stillEmployed }).from(followUps)
    .innerJoin(placements, eq(placements.id, followUps.placementId))
    .leftJoin(occupations, eq(occupations.id, placements.occupationId))
    .where(placedDuring);

  const enterpriseRows = await db.orm.select({ at: enterprises.createdAt }).from(enterprises).where(and(during(enterprises.createdAt), within(enterprises.municipalityId)));
  const orderRows = await db.orm.select({ at: orders.createdAt, currency: orders.currency, totalMinor: orders.totalMinor }).from(orders)
    .innerJoin(enterprises, eq(enterprises.id, orders.enterpriseId))
    .where(and(during(orders.createdAt), inArray(orders.state, [...PAID_STATES]), within(enterprises.municipalityId)));

  const placedTraits = (p: (typeof placementRows)[number]): Traits => ({ ...p, month: p.startsOn.slice(0, 7) });
  const counted: Record<CountedMeasure, Unit[]> = {
    seekers: seekerRows.map((r) => unit({ ...r, month: monthOf(r.at) })),
    activeProfiles: activeRows.map((r) => unit({ ...r, month: '' })),
    publishedOffers: offerRows.map((r) => unit({ month: monthOf(r.at as Date), iscoCode: r.iscoCode })),
    vacancies: offerRows.map((r) => unit({ month: monthOf(r.at as Date), iscoCode: r.iscoCode }, r.vacancies)),
    applications: applicationRows.map((r) => unit({ ...r, month: monthOf(r.at) })),
    placements: placementRows.map((r) => unit(placedTraits(r))),
    enterprises: enterpriseRows.map((r) => unit({ month: monthOf(r.at) })),
  };
  return {
    input: {
      by,
      counted,
      followUps: followUpRows.map((r) => ({ ...unit(placedTraits(r)), months: r.months as FollowUpMonths, stillEmployed: r.stillEmployed })),
      orders: orderRows.map((r) => ({ ...unit({ month: monthOf(r.at) }), currency: r.currency, totalMinor: r.totalMinor })),
    },
    nationalities: [...nationalities],
  };
}
