import type { WorkAuthorization } from '@solidaria/core';
import type { DemoOffer, SkillLevel } from './demo-employers';

/*
 * Small helpers the demo offers are written with, so each offer shows only what is its
 * own: amounts in the currency's major unit (colones, quetzales, lempiras, dollars) turned
 * into minor units here, and the defaults an honest employer leaves as they are.
 */

type Fields = DemoOffer['fields'];
type Salary = Fields['salary'];
type Skill = DemoOffer['skills'][number];

/** Anyone allowed to work in the country, refugees and asylum seekers with their permit among them. */
export const WITH_WORK_PERMIT: WorkAuthorization[] = ['citizen_or_resident', 'refugee', 'asylum_seeker_with_permit', 'other_permit'];

export const MON_FRI: Fields['days'] = ['mon', 'tue', 'wed', 'thu', 'fri'];
export const MON_SAT: Fields['days'] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
export const WEEKEND: Fields['days'] = ['sat', 'sun'];
/** Six days of seven by rota, as hotels and kitchens work: every day may be one of them. */
export const ROTA: Fields['days'] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const range = (period: 'hour' | 'day' | 'week' | 'month') => (min: number, max: number): Salary => ({
  kind: 'range',
  minMinor: Math.round(min * 100),
  maxMinor: Math.round(max * 100),
  period,
});

export const perHour = range('hour');
export const perDay = range('day');
export const perWeek = range('week');
export const perMonth = range('month');
export const toAgree: Salary = { kind: 'to_agree' };

export const required = (uri: string, level: SkillLevel = 'basic'): Skill => ({ uri, level, required: true });
export const desired = (uri: string, level: SkillLevel = 'basic'): Skill => ({ uri, level, required: false });

type Draft = Pick<Fields, 'title' | 'description' | 'contractType' | 'workingTime' | 'salary'> & Partial<Fields>;

/** An offer's fields with the usual defaults: one vacancy, on site, in the country, anyone with a work permit. */
export function offerFields(draft: Draft): Fields {
  return {
    remote: false,
    workAbroad: false,
    days: [],
    shifts: [],
    vacancies: 1,
    acceptedAuthorizations: WITH_WORK_PERMIT,
    suitableForAdolescents: false,
    languages: [],
    howToApply: '',
    ...draft,
  };
}
