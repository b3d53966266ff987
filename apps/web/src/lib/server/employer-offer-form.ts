import {
  contractTypes, offerInputSchema, salaryPeriods, shifts, weekDays, workAuthorizations, workingTimes, type OfferInput,
} from '@solidaria/core';
import { m } from '$lib/paraglide/messages';
import type { OfferFormValues } from '$lib/employer/offer-values';
import type { FieldErrors, FormProblem } from './api-errors';
import { majorToMinor, minorToMajor } from './employer-money';
import type { LoadedOffer } from './employer';
import { formChoices, formText } from './form-input';

/** The fields of the details form; occupation, skills and languages have forms of their own. */
export const detailsSchema = offerInputSchema.omit({ occupationId: true, skills: true, languages: true, workAbroad: true });
export type OfferDetails = Pick<OfferInput, Exclude<keyof OfferInput, 'occupationId' | 'skills' | 'languages' | 'workAbroad'>>;

const ticked = (data: FormData, name: string) => formText(data, name) === 'yes';

/** What the details form posted, as typed. */
export function readOfferForm(data: FormData): OfferFormValues {
  return {
    title: formText(data, 'title'),
    description: formText(data, 'description'),
    municipalityId: formText(data, 'municipalityId'),
    remote: ticked(data, 'remote'),
    contractType: formChoices(data, 'contractType', contractTypes)[0] ?? '',
    workingTime: formChoices(data, 'workingTime', workingTimes)[0] ?? '',
    days: formChoices(data, 'days', weekDays),
    shifts: formChoices(data, 'shifts', shifts),
    salaryKind: formText(data, 'salaryKind') === 'to_agree' ? 'to_agree' : 'range',
    salaryMin: formText(data, 'salaryMin'),
    salaryMax: formText(data, 'salaryMax'),
    salaryPeriod: formChoices(data, 'salaryPeriod', salaryPeriods)[0] ?? 'month',
    vacancies: formText(data, 'vacancies'),
    acceptedAuthorizations: formChoices(data, 'acceptedAuthorizations', workAuthorizations),
    suitableForAdolescents: ticked(data, 'suitableForAdolescents'),
    howToApply: formText(data, 'howToApply'),
    closesOn: formText(data, 'closesOn'),
  };
}

function salaryOf(values: OfferFormValues) {
  if (values.salaryKind === 'to_agree') return { kind: 'to_agree' as const };
  const minMinor = majorToMinor(values.salaryMin);
  // One amount is a fixed pay: the range from it to itself.
  const maxMinor = values.salaryMax.trim() === '' ? minMinor : majorToMinor(values.salaryMax);
  return { kind: 'range' as const, minMinor, maxMinor, period: values.salaryPeriod };
}

/** What the employer should read next to each field the schema (or the API) refused. */
export function offerFieldMessages(): FieldErrors {
  return {
    title: m.employer_error_title(),
    description: m.employer_error_description(),
    municipalityId: m.employer_error_municipality(),
    contractType: m.employer_error_choice(),
    workingTime: m.employer_error_choice(),
    salary: m.employer_error_salary(),
    vacancies: m.employer_error_vacancies(),
    acceptedAuthorizations: m.employer_error_authorizations(),
    howToApply: m.employer_error_how_to_apply(),
    closesOn: m.employer_error_closes_on(),
    days: m.employer_error_choice(),
    shifts: m.employer_error_choice(),
  };
}

/** The form checked with the shared schema: the API's input, or the messages by field. */
export function checkOfferForm(values: OfferFormValues): { details: OfferDetails; problem?: never } | { details?: never; problem: FormProblem } {
  const vacancies = /^\d{1,4}$/.test(values.vacancies.trim()) ? Number(values.vacancies.trim()) : Number.NaN;
  const checked = detailsSchema.safeParse({ ...values, municipalityId: Number(values.municipalityId), vacancies, salary: salaryOf(values) });
  if (checked.success) return { details: checked.data };
  const messages = offerFieldMessages();
  const fields: FieldErrors = {};
  for (const issue of checked.error.issues) {
    const name = String(issue.path[0] ?? '');
    const belowMinimum = name === 'salary' && issue.path.at(-1) === 'maxMinor' && issue.code === 'custom';
    fields[name] ??= belowMinimum ? m.employer_error_salary_order() : (messages[name] ?? m.error_form_invalid());
  }
  return { problem: { status: 422, message: m.error_check_fields(), fields } };
}

/** A stored offer's details as the form shows them. */
export function offerFormValues(offer: LoadedOffer): OfferFormValues {
  const range = offer.salary.kind === 'range' ? offer.salary : null;
  return {
    title: offer.title,
    description: offer.description,
    municipalityId: String(offer.municipality.id),
    remote: offer.remote,
    contractType: offer.contractType,
    workingTime: offer.workingTime,
    days: offer.days,
    shifts: offer.shifts,
    salaryKind: range ? 'range' : 'to_agree',
    salaryMin: range ? minorToMajor(range.minMinor) : '',
    salaryMax: range && range.maxMinor !== range.minMinor ? minorToMajor(range.maxMinor) : '',
    salaryPeriod: range?.period ?? 'month',
    vacancies: String(offer.vacancies),
    acceptedAuthorizations: offer.acceptedAuthorizations,
    suitableForAdolescents: offer.suitableForAdolescents,
    howToApply: offer.howToApply,
    closesOn: offer.closesOn,
  };
}
